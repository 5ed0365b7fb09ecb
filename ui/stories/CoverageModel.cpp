#include "ui/stories/CoverageModel.h"

#include "core/plan/PlanSession.h"
#include "core/stories/StoryCoverage.h"

#include <QColor>

namespace careerplanner {

CoverageModel::CoverageModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Leadership Principle"), tr("Stories") }, parent)
    , m_session(session)
{
    // Counted once per change to the stories, not for every cell painted.
    connect(&session->storyStore(), &StoryStore::storiesChanged, this, [this] {
        m_rows
            = StoryCoverage::leadershipPrinciples(m_session->skillStore().skills(), m_session->storyStore().stories());
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    m_rows = StoryCoverage::leadershipPrinciples(session->skillStore().skills(), session->storyStore().stories());
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
        return index.column() == PrincipleColumn ? QVariant(row.name) : QVariant(row.stories);
    case Qt::BackgroundRole:
        return row.thin() ? QColor(0xff, 0xe0, 0xb2) : QVariant();
    case Qt::ForegroundRole:
        return row.thin() ? QColor(Qt::black) : QVariant();
    case Qt::ToolTipRole:
        return row.thin() ? tr("Fewer than %1 stories: interviewers probe every principle.").arg(StoryCoverage::Enough)
                          : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == StoriesColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                                   : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace careerplanner
