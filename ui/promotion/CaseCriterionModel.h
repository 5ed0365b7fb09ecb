#pragma once

#include "core/promotion/PromotionCase.h"
#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

// The criteria of a promotion case, each with how much evidence meets it; a criterion
// without any is a gap, highlighted, with the suggestion of what to add as its tool tip.
class CaseCriterionModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { CriterionColumn, EvidenceColumn, ColumnCount };

    explicit CaseCriterionModel(QObject *parent = nullptr);

    void setCase(const PromotionCase &promotionCase);
    const PromotionCase &promotionCase() const { return m_case; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    PromotionCase m_case;
};

} // namespace careerplanner
