#include "core/plan/PlanGlance.h"

#include "core/path/PathRepository.h"
#include "core/storage/PlanDatabase.h"
#include "core/skills/SkillRepository.h"
#include "core/storage/SqliteRows.h"

namespace careerplanner {

namespace {

bool readTallies(const QSqlDatabase &db, qint64 scenario, const QHash<qint64, int> &stepIndex, PlanGlance *glance,
                 QString *error)
{
    SqliteRows rows(db, "SELECT m.step_id, sum(m.status = 'done'), sum(m.status <> 'dropped') FROM milestone m "
                        "JOIN path_step s ON s.id = m.step_id WHERE s.scenario_id = ?1 GROUP BY m.step_id");
    rows.bind(1, scenario);
    while (rows.next())
        glance->tallies[stepIndex.value(rows.int64(0))] = { rows.integer(1), rows.integer(2) };
    return rows.finished(error);
}

bool readDue(const QSqlDatabase &db, qint64 scenario, const QDate &dueBy, const QHash<qint64, int> &stepIndex,
             PlanGlance *glance, QString *error)
{
    SqliteRows rows(db, "SELECT m.step_id, m.id, m.title, m.due_date FROM milestone m JOIN path_step s ON "
                        "s.id = m.step_id WHERE s.scenario_id = ?1 AND m.status IN ('planned', 'in_progress') AND "
                        "m.due_date IS NOT NULL AND m.due_date <= ?2 ORDER BY m.due_date, s.position, m.position");
    rows.bind(1, scenario);
    rows.bind(2, dueBy.toString(Qt::ISODate));
    while (rows.next())
        glance->due.append({ stepIndex.value(rows.int64(0)), rows.int64(1), rows.text(2), rows.date(3) });
    return rows.finished(error);
}

bool readSkills(const QSqlDatabase &db, PlanGlance *glance, QString *error)
{
    // Each goal's latest check-in is the last by date, then by id (Goal::current()).
    SqliteRows current(db, "SELECT s.key, max(c.proficiency) FROM goal g JOIN skill s ON s.id = g.skill_id "
                           "JOIN checkin c ON c.id = (SELECT id FROM checkin WHERE goal_id = g.id "
                           "ORDER BY date DESC, id DESC LIMIT 1) GROUP BY s.key");
    while (current.next())
        glance->current.insert(current.text(0), current.integer(1));
    if (!current.finished(error))
        return false;
    // Goals are listed by id.
    SqliteRows goals(db, "SELECT s.key, coalesce(max(CASE WHEN g.status = 'active' THEN g.id END), min(g.id)) "
                         "FROM goal g JOIN skill s ON s.id = g.skill_id GROUP BY s.key");
    while (goals.next())
        glance->goalToOpen.insert(goals.text(0), goals.int64(1));
    return goals.finished(error);
}

} // namespace

bool PlanGlance::read(PlanDatabase &plan, const QDate &dueBy, PlanGlance *glance, QString *error)
{
    *glance = {};
    QList<Scenario> scenarios;
    if (!PathRepository(plan).loadScenarios(&scenarios, error, PathRepository::Milestones::Left))
        return false;
    if (!scenarios.isEmpty()) {
        glance->path = scenarios.constFirst().steps;
        glance->tallies.resize(glance->path.size());
        QHash<qint64, int> stepIndex;
        for (int i = 0; i < glance->path.size(); ++i)
            stepIndex.insert(glance->path.at(i).id, i);
        const qint64 scenario = scenarios.constFirst().id;
        if (!readTallies(plan.connection(), scenario, stepIndex, glance, error)
            || !readDue(plan.connection(), scenario, dueBy, stepIndex, glance, error)
            || !SkillRepository(plan).loadMatrixOnPath(scenario, &glance->expectations, error))
            return false;
    }
    return readSkills(plan.connection(), glance, error);
}

} // namespace careerplanner
