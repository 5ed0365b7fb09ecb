#include "ui/stories/CoverageModel.h"

#include "core/plan/PlanSession.h"
#include "core/stories/StoryCoverage.h"

#include <QColor>

namespace careerplanner {

CoverageModel::CoverageModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Leadership Principle"), tr("Stories"), tr("Feedback") }, parent)
    , m_session(session)
{
    // Counted once per change to the stories or the feedback, not for every cell painted.
    connect(&session->storyStore(), &StoryStore::storiesChanged, this, &CoverageModel::recount);
    connect(&session->conversationStore(), &ConversationStore::feedbackChanged, this, &CoverageModel::recount);
    recount();
}

void CoverageModel::recount()
{
    m_rows = StoryCoverage::leadershipPrinciples(m_session->skillStore().skills(), m_session->storyStore().stories(),
                                                 FeedbackQuote::tagLists(m_session->conversationStore().feedback()));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CoverageModel::recordCount() const
{
    return static_cast<int>(m_rows.size());
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoryCoverage::Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == PrincipleColumn)
            return row.name;
        return index.column() == StoriesColumn ? row.stories : row.quotes;
    case Qt::BackgroundRole:
        return row.thin() ? QColor(0xff, 0xe0, 0xb2) : QVariant();
    case Qt::ForegroundRole:
        return row.thin() ? QColor(Qt::black) : QVariant();
    case Qt::ToolTipRole:
        return row.thin() ? tr("Fewer than %1 stories: interviewers probe every principle.").arg(StoryCoverage::Enough)
                          : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() != PrincipleColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                                     : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace careerplanner
