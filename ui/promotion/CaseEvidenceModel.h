#pragma once

#include "core/promotion/PromotionCase.h"
#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

// The evidence a criterion of the case can cite: what is in, ticked and in the case's
// order, then every other milestone done, story and quote, with why each is where it is.
// Ticking or moving one asks for the criterion's new choice; the page keeps it in the plan.
class CaseEvidenceModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, KindColumn, WhyColumn, ColumnCount };

    explicit CaseEvidenceModel(QObject *parent = nullptr);

    // The criterion's evidence against everything the case could cite.
    void setCriterion(const PromotionCase &promotionCase, int criterion);
    int inCount() const { return static_cast<int>(m_in.size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Moves the piece in at row up (by = -1) or down (+1) in the case's order.
    void move(int row, int by);

Q_SIGNALS:
    // What the criterion says from now on: evidence in, in order, and what stays left out.
    void choiceMade(const QList<CaseEvidence> &evidence, const QList<CaseEvidence> &leftOut);

private:
    int recordCount() const override;
    const CaseEvidence &at(int row) const;

    QList<CaseEvidence> m_in;
    QList<CaseEvidence> m_leftOut;
    QList<CaseEvidence> m_others; // neither in nor left out: elsewhere in the case, or unplaced
};

} // namespace careerplanner
