#include "SkillRepository.h"

#include "LevelValidator.h"
#include "PathValidator.h"
#include "PlanDatabase.h"
#include "ScopedTransaction.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SkillRepository", text);
}

bool knownSkill(const QList<Skill> &skills, const QString &key)
{
    return std::any_of(skills.cbegin(), skills.cend(), [&key](const Skill &s) { return s.key == key; });
}

const QString SkillIdSql = QStringLiteral("(SELECT id FROM skill WHERE key = ?)");

} // namespace

SkillRepository::SkillRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

QString SkillRepository::validateGoal(const Goal &goal, const QList<Skill> &skills)
{
    if (!knownSkill(skills, goal.skillKey))
        return tr("Choose the skill the goal is about.");
    if (goal.target < 1 || goal.target > 5)
        return tr("The target proficiency is from 1 to 5.");
    if (!goal.dueDate.isNull() && !PathValidator::dateInRange(goal.dueDate))
        return tr("The due date must be a real date between 1950 and 2200.");
    for (const CheckIn &checkIn : goal.checkIns) {
        if (!PathValidator::dateInRange(checkIn.date))
            return tr("A check-in needs a real date between 1950 and 2200.");
        if (checkIn.proficiency < 1 || checkIn.proficiency > 5)
            return tr("A check-in rates proficiency from 1 to 5.");
    }
    return {};
}

QString SkillRepository::validateStory(const Story &story, const QList<Skill> &skills)
{
    if (story.title.trimmed().isEmpty())
        return tr("A story needs a title.");
    if (story.title.size() > LevelValidator::MaximumTextLength)
        return tr("Keep the title under %1 characters.").arg(LevelValidator::MaximumTextLength);
    if (!story.date.isNull() && !PathValidator::dateInRange(story.date))
        return tr("The date must be a real date between 1950 and 2200.");
    for (const QString &tag : story.tags) {
        if (!knownSkill(skills, tag))
            return tr("“%1” is not a skill or Leadership Principle of this plan.").arg(tag);
    }
    return {};
}

bool SkillRepository::loadSkills(QList<Skill> *skills, QString *error) const
{
    skills->clear();
    QSqlQuery q(m_plan.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, key, name, kind, description FROM skill ORDER BY position"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        skills->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString() == QLatin1String("leadership_principle") ? Skill::Kind::LeadershipPrinciple
                                                                                       : Skill::Kind::Skill,
                        q.value(4).toString()});
    }
    return true;
}

bool SkillRepository::loadMatrix(SkillMatrix *matrix, QString *error) const
{
    matrix->clear();
    QSqlQuery q(m_plan.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT l.name, v.title, s.key, e.proficiency FROM skill_expectation e "
                               "JOIN level v ON v.id = e.level_id JOIN ladder l ON l.id = v.ladder_id "
                               "JOIN skill s ON s.id = e.skill_id"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        (*matrix)[q.value(0).toString()][q.value(1).toString()][q.value(2).toString()] = q.value(3).toInt();
    return true;
}

bool SkillRepository::loadGoals(QList<Goal> *goals, QString *error) const
{
    goals->clear();
    QHash<qint64, int> index;
    QSqlQuery q(m_plan.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT g.id, s.key, g.target, g.due_date, g.for_level, g.status, g.notes FROM goal g "
                               "JOIN skill s ON s.id = g.skill_id ORDER BY g.id"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Goal goal;
        goal.id = q.value(0).toLongLong();
        goal.skillKey = q.value(1).toString();
        goal.target = q.value(2).toInt();
        goal.dueDate = sql::toDate(q.value(3));
        goal.forLevel = q.value(4).toString();
        goal.status = Goal::statusFromKey(q.value(5).toString()).value_or(Goal::Status::Active);
        goal.notes = q.value(6).toString();
        index.insert(goal.id, static_cast<int>(goals->size()));
        goals->append(goal);
    }
    // Check-ins are the plan's most numerous rows: read straight from SQLite, not through
    // a QVariant per column (a large plan opens noticeably faster).
    sqlite3 *handle = sql::nativeHandle(m_plan.connection());
    sqlite3_stmt *statement = nullptr;
    if (!handle
        || sqlite3_prepare_v2(handle, "SELECT goal_id, id, date, proficiency, note FROM checkin ORDER BY goal_id, date, id",
                              -1, &statement, nullptr)
            != SQLITE_OK) {
        *error = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("not an SQLite connection");
        return false;
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto text = [statement](int column) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                     sqlite3_column_bytes(statement, column));
        };
        const int goal = index.value(sqlite3_column_int64(statement, 0), -1);
        if (goal < 0)
            continue; // the foreign key makes this impossible; skip rather than crash
        (*goals)[goal].checkIns.append(
            {sqlite3_column_int64(statement, 1),
             sql::isoDate(reinterpret_cast<const char *>(sqlite3_column_text(statement, 2)),
                          sqlite3_column_bytes(statement, 2)),
             sqlite3_column_int(statement, 3), text(4)});
    }
    if (step != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    return step == SQLITE_DONE;
}

bool SkillRepository::loadStories(QList<Story> *stories, QString *error) const
{
    stories->clear();
    QHash<qint64, int> index;
    QSqlQuery q(m_plan.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, title, date, situation, task, action, result, outcomes FROM story "
                               "ORDER BY date DESC, id"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Story story;
        story.id = q.value(0).toLongLong();
        story.title = q.value(1).toString();
        story.date = sql::toDate(q.value(2));
        story.situation = q.value(3).toString();
        story.task = q.value(4).toString();
        story.action = q.value(5).toString();
        story.result = q.value(6).toString();
        story.outcomes = q.value(7).toString();
        index.insert(story.id, static_cast<int>(stories->size()));
        stories->append(story);
    }
    if (!q.exec(QStringLiteral("SELECT t.story_id, s.key FROM story_tag t JOIN skill s ON s.id = t.skill_id "
                               "ORDER BY t.story_id, s.position"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        (*stories)[index.value(q.value(0).toLongLong())].tags.append(q.value(1).toString());
    return true;
}

bool SkillRepository::insertSkills(const QList<Skill> &skills, const SkillMatrix &matrix, QString *error)
{
    return runInTransaction(m_plan.connection(), error, [&] {
        QSqlQuery q(m_plan.connection());
        for (int i = 0; i < skills.size(); ++i) {
            const Skill &skill = skills.at(i);
            q.prepare(QStringLiteral("INSERT INTO skill (position, key, name, kind, description) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(i);
            q.addBindValue(sql::text(skill.key));
            q.addBindValue(sql::text(skill.name));
            q.addBindValue(Skill::kindToKey(skill.kind));
            q.addBindValue(sql::text(skill.description));
            if (!sql::exec(q, error))
                return false;
        }
        // Levels by name: the plan's own copies of the ladders.
        q.prepare(QStringLiteral("INSERT INTO skill_expectation (level_id, skill_id, proficiency) "
                                 "SELECT v.id, s.id, ? FROM level v JOIN ladder l ON l.id = v.ladder_id, skill s "
                                 "WHERE l.name = ? AND v.title = ? AND s.key = ?"));
        for (auto ladder = matrix.constBegin(); ladder != matrix.constEnd(); ++ladder) {
            for (auto level = ladder->constBegin(); level != ladder->constEnd(); ++level) {
                for (auto value = level->constBegin(); value != level->constEnd(); ++value) {
                    q.addBindValue(value.value());
                    q.addBindValue(ladder.key());
                    q.addBindValue(level.key());
                    q.addBindValue(value.key());
                    if (!sql::exec(q, error))
                        return false;
                }
            }
        }
        return true;
    });
}

bool SkillRepository::setExpectation(const QString &ladder, const QString &level, const QString &skillKey,
                                     int proficiency, QString *error)
{
    if (proficiency < 1 || proficiency > 5) {
        *error = tr("Proficiency is from 1 to 5.");
        return false;
    }
    QSqlQuery q(m_plan.connection());
    q.prepare(QStringLiteral("INSERT INTO skill_expectation (level_id, skill_id, proficiency) "
                             "SELECT v.id, s.id, ? FROM level v JOIN ladder l ON l.id = v.ladder_id, skill s "
                             "WHERE l.name = ? AND v.title = ? AND s.key = ? "
                             "ON CONFLICT (level_id, skill_id) DO UPDATE SET proficiency = excluded.proficiency"));
    q.addBindValue(proficiency);
    q.addBindValue(sql::text(ladder));
    q.addBindValue(sql::text(level));
    q.addBindValue(sql::text(skillKey));
    if (!sql::exec(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = tr("That level or skill is no longer in the plan.");
        return false;
    }
    return true;
}

bool SkillRepository::saveGoal(Goal &goal, const QList<Skill> &skills, QString *error)
{
    const QString problem = validateGoal(goal, skills);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return runInTransaction(m_plan.connection(), error, [&] {
        QSqlQuery q(m_plan.connection());
        if (goal.id == 0) {
            q.prepare(QStringLiteral("INSERT INTO goal (skill_id, target, due_date, for_level, status, notes) "
                                     "VALUES (%1, ?, ?, ?, ?, ?)").arg(SkillIdSql));
        } else {
            q.prepare(QStringLiteral("UPDATE goal SET skill_id = %1, target = ?, due_date = ?, for_level = ?, "
                                     "status = ?, notes = ? WHERE id = ?").arg(SkillIdSql));
        }
        q.addBindValue(sql::text(goal.skillKey));
        q.addBindValue(goal.target);
        q.addBindValue(sql::date(goal.dueDate));
        q.addBindValue(sql::text(goal.forLevel));
        q.addBindValue(Goal::statusToKey(goal.status));
        q.addBindValue(sql::text(goal.notes));
        if (goal.id != 0)
            q.addBindValue(goal.id);
        if (!sql::exec(q, error))
            return false;
        if (goal.id == 0)
            goal.id = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("DELETE FROM checkin WHERE goal_id = ?"));
        q.addBindValue(goal.id);
        if (!sql::exec(q, error))
            return false;
        for (CheckIn &checkIn : goal.checkIns) {
            q.prepare(QStringLiteral("INSERT INTO checkin (goal_id, date, proficiency, note) VALUES (?, ?, ?, ?)"));
            q.addBindValue(goal.id);
            q.addBindValue(sql::date(checkIn.date));
            q.addBindValue(checkIn.proficiency);
            q.addBindValue(sql::text(checkIn.note));
            if (!sql::exec(q, error))
                return false;
            checkIn.id = q.lastInsertId().toLongLong();
        }
        return true;
    });
}

bool SkillRepository::removeGoal(qint64 goalId, QString *error)
{
    QSqlQuery q(m_plan.connection());
    q.prepare(QStringLiteral("DELETE FROM goal WHERE id = ?"));
    q.addBindValue(goalId);
    return sql::exec(q, error);
}

bool SkillRepository::saveStory(Story &story, const QList<Skill> &skills, QString *error)
{
    const QString problem = validateStory(story, skills);
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
        if (!sql::exec(q, error))
            return false;
        if (story.id == 0)
            story.id = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("DELETE FROM story_tag WHERE story_id = ?"));
        q.addBindValue(story.id);
        if (!sql::exec(q, error))
            return false;
        for (const QString &tag : story.tags) {
            q.prepare(QStringLiteral("INSERT INTO story_tag (story_id, skill_id) VALUES (?, %1)").arg(SkillIdSql));
            q.addBindValue(story.id);
            q.addBindValue(sql::text(tag));
            if (!sql::exec(q, error))
                return false;
        }
        return true;
    });
}

bool SkillRepository::removeStory(qint64 storyId, QString *error)
{
    QSqlQuery q(m_plan.connection());
    q.prepare(QStringLiteral("DELETE FROM story WHERE id = ?"));
    q.addBindValue(storyId);
    return sql::exec(q, error);
}

} // namespace careerplanner
