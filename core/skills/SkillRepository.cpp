#include "core/skills/SkillRepository.h"

#include "core/ladders/LevelValidator.h"
#include "core/path/PathValidator.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SkillRepository", text);
}

} // namespace

SkillRepository::SkillRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

QString SkillRepository::validateGoal(const Goal &goal, const QList<Skill> &skills)
{
    if (!containsSkill(skills, goal.skillKey))
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

bool SkillRepository::loadSkills(QList<Skill> *skills, QString *error) const
{
    skills->clear();
    SqliteRows rows(m_plan.connection(), "SELECT id, key, name, kind, description FROM skill ORDER BY position");
    while (rows.next()) {
        skills->append({ rows.int64(0), rows.text(1), rows.text(2),
                         rows.text(3) == QLatin1String("leadership_principle") ? Skill::Kind::LeadershipPrinciple
                                                                               : Skill::Kind::Skill,
                         rows.text(4) });
    }
    return rows.finished(error);
}

bool SkillRepository::loadMatrix(SkillMatrix *matrix, QString *error) const
{
    return readMatrix(matrix, 0, error);
}

bool SkillRepository::loadMatrixOnPath(qint64 scenarioId, SkillMatrix *matrix, QString *error) const
{
    return readMatrix(matrix, scenarioId, error);
}

bool SkillRepository::readMatrix(SkillMatrix *matrix, qint64 pathOfScenario, QString *error) const
{
    matrix->clear();
    // Expectations are many (levels x skills) and their names few: the rows are read as
    // plain numbers, in storage order (no join, no sort), and named from two small tables.
    struct Level
    {
        QString ladder;
        QString title;
        QMap<QString, int> *expectations = nullptr; // its place in the matrix, once it has one
    };
    QHash<qint64, Level> levels;
    SqliteRows levelRows(m_plan.connection(),
                         "SELECT v.id, l.name, v.title FROM level v JOIN ladder l ON l.id = v.ladder_id");
    while (levelRows.next())
        levels.insert(levelRows.int64(0), { levelRows.text(1), levelRows.text(2) });
    QHash<qint64, QString> skills;
    SqliteRows skillRows(m_plan.connection(), "SELECT id, key FROM skill");
    while (skillRows.next())
        skills.insert(skillRows.int64(0), skillRows.text(1));
    if (!levelRows.finished(error) || !skillRows.finished(error))
        return false;
    SqliteRows rows(m_plan.connection(),
                    pathOfScenario == 0
                        ? "SELECT level_id, skill_id, proficiency FROM skill_expectation"
                        : "SELECT level_id, skill_id, proficiency FROM skill_expectation WHERE level_id "
                          "IN (SELECT level_id FROM path_step WHERE scenario_id = ?1)");
    if (pathOfScenario != 0)
        rows.bind(1, pathOfScenario);
    while (rows.next()) {
        const auto level = levels.find(rows.int64(0));
        if (level == levels.end())
            continue; // the foreign keys make this impossible
        if (!level->expectations)
            level->expectations = &(*matrix)[level->ladder][level->title];
        level->expectations->insert(skills.value(rows.int64(1)), rows.integer(2));
    }
    return rows.finished(error);
}

namespace {

// Goals in id order, without check-ins; index maps a goal's id to its place.
bool readGoals(const QSqlDatabase &db, QList<Goal> *goals, QHash<qint64, int> *index, QString *error)
{
    goals->clear();
    SqliteRows rows(db, "SELECT g.id, s.key, g.target, g.due_date, g.for_level, g.status, g.notes FROM goal g "
                        "JOIN skill s ON s.id = g.skill_id ORDER BY g.id");
    while (rows.next()) {
        Goal goal;
        goal.id = rows.int64(0);
        goal.skillKey = rows.text(1);
        goal.target = rows.integer(2);
        goal.dueDate = rows.date(3);
        goal.forLevel = rows.text(4);
        goal.status = Goal::statusFromKey(rows.text(5)).value_or(Goal::Status::Active);
        goal.notes = rows.text(6);
        index->insert(goal.id, static_cast<int>(goals->size()));
        goals->append(goal);
    }
    return rows.finished(error);
}

// Check-in rows (goal_id, id, date, proficiency, note) added to their goals, each goal's
// then put in date order, as Goal::current() expects.
bool readCheckIns(SqliteRows &rows, QList<Goal> *goals, const QHash<qint64, int> &index, QString *error)
{
    while (rows.next()) {
        const int goal = index.value(rows.int64(0), -1);
        if (goal < 0)
            continue; // the foreign key makes this impossible; skip rather than crash
        (*goals)[goal].checkIns.append({ rows.int64(1), rows.date(2), rows.integer(3), rows.text(4) });
    }
    for (Goal &goal : *goals) {
        std::sort(goal.checkIns.begin(), goal.checkIns.end(),
                  [](const CheckIn &a, const CheckIn &b) { return a.date != b.date ? a.date < b.date : a.id < b.id; });
    }
    return rows.finished(error);
}

} // namespace

bool SkillRepository::loadGoals(QList<Goal> *goals, QString *error) const
{
    QHash<qint64, int> index;
    if (!readGoals(m_plan.connection(), goals, &index, error))
        return false;
    // Check-ins are the plan's most numerous rows: read in storage order (an ORDER BY
    // would look each one up through the index), then put in date order per goal.
    SqliteRows rows(m_plan.connection(), "SELECT goal_id, id, date, proficiency, note FROM checkin");
    return readCheckIns(rows, goals, index, error);
}

bool SkillRepository::insertSkills(const QList<Skill> &skills, const SkillMatrix &matrix, QString *error)
{
    return runInTransaction(m_plan.connection(), error, [&] {
        QSqlQuery q(m_plan.connection());
        q.prepare(QStringLiteral("INSERT INTO skill (position, key, name, kind, description) VALUES (?, ?, ?, ?, ?)"));
        for (int i = 0; i < skills.size(); ++i) {
            const Skill &skill = skills.at(i);
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
                                     "VALUES (%1, ?, ?, ?, ?, ?)")
                          .arg(SkillIdSql));
        } else {
            q.prepare(QStringLiteral("UPDATE goal SET skill_id = %1, target = ?, due_date = ?, for_level = ?, "
                                     "status = ?, notes = ? WHERE id = ?")
                          .arg(SkillIdSql));
        }
        q.addBindValue(sql::text(goal.skillKey));
        q.addBindValue(goal.target);
        q.addBindValue(sql::date(goal.dueDate));
        q.addBindValue(sql::text(goal.forLevel));
        q.addBindValue(Goal::statusToKey(goal.status));
        q.addBindValue(sql::text(goal.notes));
        if (goal.id != 0)
            q.addBindValue(goal.id);
        if (goal.id == 0 ? !sql::insert(q, &goal.id, error) : !sql::exec(q, error))
            return false;
        q.prepare(QStringLiteral("DELETE FROM checkin WHERE goal_id = ?"));
        q.addBindValue(goal.id);
        if (!sql::exec(q, error))
            return false;
        q.prepare(QStringLiteral("INSERT INTO checkin (goal_id, date, proficiency, note) VALUES (?, ?, ?, ?)"));
        for (CheckIn &checkIn : goal.checkIns) {
            q.addBindValue(goal.id);
            q.addBindValue(sql::date(checkIn.date));
            q.addBindValue(checkIn.proficiency);
            q.addBindValue(sql::text(checkIn.note));
            if (!sql::insert(q, &checkIn.id, error))
                return false;
        }
        return true;
    });
}

bool SkillRepository::removeGoal(qint64 goalId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("goal"), goalId, error);
}

} // namespace careerplanner
