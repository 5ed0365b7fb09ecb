#include "core/stories/StoryRepository.h"

#include "core/ladders/LevelValidator.h"
#include "core/path/PathValidator.h"
#include "core/skills/SkillRepository.h"
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
    for (const QString &tag : story.tags) {
        if (!containsSkill(skills, tag))
            return tr("“%1” is not a skill or Leadership Principle of this plan.").arg(tag);
    }
    return {};
}

bool StoryRepository::load(QList<Story> *stories, QString *error) const
{
    stories->clear();
    QHash<qint64, int> index;
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
        index.insert(story.id, static_cast<int>(stories->size()));
        stories->append(story);
    }
    if (!storyRows.finished(error))
        return false;
    SqliteRows tags(m_plan.connection(), "SELECT t.story_id, s.key FROM story_tag t JOIN skill s ON s.id = t.skill_id "
                                         "ORDER BY t.story_id, s.position");
    while (tags.next())
        (*stories)[index.value(tags.int64(0))].tags.append(tags.text(1));
    return tags.finished(error);
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
        q.prepare(QStringLiteral("DELETE FROM story_tag WHERE story_id = ?"));
        q.addBindValue(story.id);
        if (!sql::exec(q, error))
            return false;
        q.prepare(QStringLiteral("INSERT INTO story_tag (story_id, skill_id) VALUES (?, %1)")
                      .arg(SkillRepository::SkillIdSql));
        for (const QString &tag : story.tags) {
            q.addBindValue(story.id);
            q.addBindValue(sql::text(tag));
            if (!sql::exec(q, error))
                return false;
        }
        return true;
    });
}

bool StoryRepository::remove(qint64 storyId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("story"), storyId, error);
}

} // namespace careerplanner
