#pragma once

#include "core/stories/StoryCoverage.h"

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// Each Leadership Principle, how many stories show it and how many feedback quotes speak to
// it; fewer than two stories highlighted, since interview loops probe every principle with
// STAR answers.
class CoverageModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { PrincipleColumn, StoriesColumn, FeedbackColumn, ColumnCount };

    explicit CoverageModel(PlanSession *session, QObject *parent = nullptr);

    const QList<StoryCoverage::Row> &rows() const { return m_rows; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    void recount();
    PlanSession *m_session;
    QList<StoryCoverage::Row> m_rows;
};

} // namespace careerplanner
