#include "core/stories/StoryRepository.h"

#include "core/ladders/LevelValidator.h"
#include "core/path/PathValidator.h"
#include "core/skills/SkillTags.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoryRepository", text);
}

} // namespace

StoryRepository::StoryRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

QString StoryRepository::validate(const Story &story, const QList<Skill> &skills)
{
    if (story.title.trimmed().isEmpty())
        return tr("A story needs a title.");
    if (story.title.size() > LevelValidator::MaximumTextLength)
        return tr("Keep the title under %1 characters.").arg(LevelValidator::MaximumTextLength);
    if (!story.date.isNull() && !PathValidator::dateInRange(story.date))
        return tr("The date must be a real date between 1950 and 2200.");
    return SkillTags::problem(story.tags, skills);
}

bool StoryRepository::load(QList<Story> *stories, QString *error) const
{
    stories->clear();
    SqliteRows storyRows(m_plan.connection(),
                         "SELECT id, title, date, situation, task, action, result, outcomes FROM story "
                         "ORDER BY date DESC, id");
    while (storyRows.next()) {
        Story story;
        story.id = storyRows.int64(0);
        story.title = storyRows.text(1);
        story.date = storyRows.date(2);
        story.situation = storyRows.text(3);
        story.task = storyRows.text(4);
        story.action = storyRows.text(5);
        story.result = storyRows.text(6);
        story.outcomes = storyRows.text(7);
        stories->append(story);
    }
    if (!storyRows.finished(error))
        return false;
    QHash<qint64, QStringList> tags;
    if (!SkillTags::load(m_plan, QStringLiteral("story_tag"), QStringLiteral("story_id"), &tags, error))
        return false;
    for (Story &story : *stories)
        story.tags = tags.value(story.id);
    return true;
}

bool StoryRepository::save(Story &story, const QList<Skill> &skills, QString *error)
{
    const QString problem = validate(story, skills);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return runInTransaction(m_plan.connection(), error, [&] {
        QSqlQuery q(m_plan.connection());
        if (story.id == 0) {
            q.prepare(QStringLiteral("INSERT INTO story (title, date, situation, task, action, result, outcomes) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        } else {
            q.prepare(QStringLiteral("UPDATE story SET title = ?, date = ?, situation = ?, task = ?, action = ?, "
                                     "result = ?, outcomes = ? WHERE id = ?"));
        }
        q.addBindValue(sql::text(story.title));
        q.addBindValue(sql::date(story.date));
        q.addBindValue(sql::text(story.situation));
        q.addBindValue(sql::text(story.task));
        q.addBindValue(sql::text(story.action));
        q.addBindValue(sql::text(story.result));
        q.addBindValue(sql::text(story.outcomes));
        if (story.id != 0)
            q.addBindValue(story.id);
        if (story.id == 0 ? !sql::insert(q, &story.id, error) : !sql::exec(q, error))
            return false;
        return SkillTags::replace(m_plan, QStringLiteral("story_tag"), QStringLiteral("story_id"), story.id, story.tags,
                                  error);
    });
}

bool StoryRepository::remove(qint64 storyId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("story"), storyId, error);
}

} // namespace careerplanner
