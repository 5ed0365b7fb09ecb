#include "ui/stories/StoryModel.h"

#include "core/plan/PlanSession.h"
#include "core/skills/SkillCsv.h"

#include <QLocale>

namespace careerplanner {

StoryModel::StoryModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Story"), tr("Date"), tr("Shows") }, parent)
    , m_session(session)
{
    resetOn(&session->storyStore(), &StoryStore::storiesChanged);
}

int StoryModel::recordCount() const
{
    return static_cast<int>(m_session->storyStore().stories().size());
}

QVariant StoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Story &story = m_session->storyStore().stories().at(index.row());
    QStringList tags;
    for (const QString &key : story.tags)
        tags.append(SkillCsv::skillName(m_session->skillStore().skills(), key));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return story.title;
        case DateColumn:
            return story.date.isValid() ? QLocale().toString(story.date, QLocale::ShortFormat) : QString();
        case TagsColumn:
            return tags.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole:
        return tr("Situation: %1\nTask: %2\nAction: %3\nResult: %4")
            .arg(story.situation, story.task, story.action, story.result);
    case SearchRole:
        return QStringList { story.title,
                             story.situation,
                             story.task,
                             story.action,
                             story.result,
                             story.outcomes,
                             tags.join(QLatin1Char(' ')) }
            .join(QLatin1Char('\n'));
    case TagsRole:
        return story.tags;
    default:
        return {};
    }
}

} // namespace careerplanner
