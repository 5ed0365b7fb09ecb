#pragma once

#include "core/interviews/InterviewReadiness.h"

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// Readiness for a loop, a row per Leadership Principle: stories, questions practised of
// those in the bank, the latest rating and how many are due. A principle without a story
// or a practised question is highlighted.
class ReadinessModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { PrincipleColumn, StoriesColumn, PractisedColumn, RatingColumn, DueColumn, ColumnCount };

    explicit ReadinessModel(PlanSession *session, QObject *parent = nullptr);

    const QList<InterviewReadiness::Row> &rows() const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    PlanSession *m_session;
    mutable QList<InterviewReadiness::Row> m_rows;
    mutable bool m_known = false;
};

} // namespace careerplanner
