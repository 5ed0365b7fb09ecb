#include "ui/interviews/ReadinessModel.h"

#include "core/plan/PlanSession.h"
#include "ui/widgets/Appearance.h"

#include <QBrush>
#include <QLocale>

namespace careerplanner {

ReadinessModel::ReadinessModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Principle"), tr("Stories"), tr("Practised"), tr("Latest rating"), tr("Due") }, parent)
    , m_session(session)
{
    // Worked out again on the next read after any change it depends on.
    for (const auto forget : { &InterviewStore::questionsChanged, &InterviewStore::attemptsChanged })
        connect(&session->interviewStore(), forget, this, [this] { m_known = false; });
    connect(&session->storyStore(), &StoryStore::storiesChanged, this, [this] { m_known = false; });
    resetOn(&session->interviewStore(), &InterviewStore::questionsChanged);
    resetOn(&session->interviewStore(), &InterviewStore::attemptsChanged);
    resetOn(&session->storyStore(), &StoryStore::storiesChanged);
}

const QList<InterviewReadiness::Row> &ReadinessModel::rows() const
{
    if (!m_known) {
        const InterviewStore &store = m_session->interviewStore();
        m_rows = InterviewReadiness::byPrinciple(m_session->skillStore().skills(), m_session->storyStore().stories(),
                                                 store.questions(), store.schedule(), QDate::currentDate());
        m_known = true;
    }
    return m_rows;
}

int ReadinessModel::recordCount() const
{
    return static_cast<int>(rows().size());
}

QVariant ReadinessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterviewReadiness::Row &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PrincipleColumn:
            return row.name;
        case StoriesColumn:
            return row.stories;
        case PractisedColumn:
            return tr("%1 of %2").arg(row.practised).arg(row.questions);
        case RatingColumn:
            return row.latestPractised.isValid()
                       ? tr("%1 of 5, %2")
                             .arg(QLocale().toString(row.latestRating, 'f', 1),
                                  QLocale().toString(row.latestPractised, QLocale::ShortFormat))
                       : tr("Not yet");
        case DueColumn:
            return row.due;
        }
        return {};
    case Qt::BackgroundRole:
        if (row.stories == 0 || row.practised == 0) {
            QColor highlight = Appearance::errorColor();
            highlight.setAlpha(40);
            return QBrush(highlight);
        }
        return {};
    case Qt::ToolTipRole:
        if (row.stories == 0)
            return tr("No story shows %1 yet: write one before a loop.").arg(row.name);
        if (row.practised == 0)
            return tr("No question on %1 practised yet.").arg(row.name);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == PrincipleColumn ? QVariant() : QVariant(Qt::AlignCenter);
    default:
        return {};
    }
}

} // namespace careerplanner
