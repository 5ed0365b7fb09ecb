#include "core/path/PathStepWriter.h"

#include "core/storage/PlanDatabase.h"
#include "core/storage/SqlHelpers.h"

#include <QSet>
#include <QSqlQuery>

namespace careerplanner {

namespace {

// The ids of table's rows whose owner column is owner.
bool idsOf(QSqlDatabase db, const QString &table, const QString &ownerColumn, qint64 owner, QSet<qint64> *ids,
           QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, ownerColumn));
    query.addBindValue(owner);
    if (!sql::exec(query, error))
        return false;
    while (query.next())
        ids->insert(query.value(0).toLongLong());
    return true;
}

// Removes the rows of owner that kept does not name, and moves the others out of the way
// of the positions about to be written (each position is unique within its owner).
bool clearFor(QSqlDatabase db, const QString &table, const QString &ownerColumn, qint64 owner,
              const QSet<qint64> &existing, const QSet<qint64> &kept, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    for (const qint64 id : existing) {
        if (kept.contains(id))
            continue;
        query.addBindValue(id);
        if (!sql::exec(query, error))
            return false;
    }
    query.prepare(QStringLiteral("UPDATE %1 SET position = -1 - position WHERE %2 = ?").arg(table, ownerColumn));
    query.addBindValue(owner);
    return sql::exec(query, error);
}

} // namespace

PathStepWriter::PathStepWriter(PlanDatabase &plan)
    : m_plan(plan)
{
}

bool PathStepWriter::write(Scenario &scenario, QString *error)
{
    const QSqlDatabase db = m_plan.connection();
    QSet<qint64> existing;
    if (!idsOf(db, QStringLiteral("path_step"), QStringLiteral("scenario_id"), scenario.id, &existing, error))
        return false;
    QSet<qint64> kept;
    for (PathStep &step : scenario.steps) {
        if (!existing.contains(step.id) || kept.contains(step.id))
            step.id = 0; // another scenario's step (a copy), or one named twice: a new row
        else
            kept.insert(step.id);
    }
    if (!clearFor(db, QStringLiteral("path_step"), QStringLiteral("scenario_id"), scenario.id, existing, kept, error))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO path_step (scenario_id, position, level_id, ladder_name, level_title, "
                                  "branch, target_date, months_min, months_likely, months_max) VALUES (?, ?, %1, ?, "
                                  "?, ?, ?, ?, ?, ?)")
                       .arg(LevelIdSql));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE path_step SET scenario_id = ?, position = ?, level_id = %1, ladder_name = ?, "
                                  "level_title = ?, branch = ?, target_date = ?, months_min = ?, months_likely = ?, "
                                  "months_max = ? WHERE id = ?")
                       .arg(LevelIdSql));
    for (int i = 0; i < scenario.steps.size(); ++i) {
        PathStep &step = scenario.steps[i];
        QSqlQuery &query = step.id == 0 ? insert : update;
        query.addBindValue(scenario.id);
        query.addBindValue(i);
        query.addBindValue(sql::text(step.ladderName));
        query.addBindValue(sql::text(step.levelTitle));
        query.addBindValue(sql::text(step.ladderName));
        query.addBindValue(sql::text(step.levelTitle));
        query.addBindValue(sql::text(step.branch));
        query.addBindValue(sql::date(step.targetDate));
        query.addBindValue(step.timeAtLevel.minimumMonths);
        query.addBindValue(step.timeAtLevel.likelyMonths);
        query.addBindValue(step.timeAtLevel.maximumMonths);
        if (step.id != 0)
            query.addBindValue(step.id);
        if (step.id == 0 ? !sql::insert(query, &step.id, error) : !sql::exec(query, error))
            return false;
        if (!writeMilestones(step, error))
            return false;
    }
    return true;
}

bool PathStepWriter::writeMilestones(PathStep &step, QString *error)
{
    const QSqlDatabase db = m_plan.connection();
    QSet<qint64> existing;
    if (!idsOf(db, QStringLiteral("milestone"), QStringLiteral("step_id"), step.id, &existing, error))
        return false;
    QSet<qint64> kept;
    for (Milestone &milestone : step.milestones) {
        if (!existing.contains(milestone.id) || kept.contains(milestone.id))
            milestone.id = 0;
        else
            kept.insert(milestone.id);
    }
    if (!clearFor(db, QStringLiteral("milestone"), QStringLiteral("step_id"), step.id, existing, kept, error))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO milestone (step_id, position, title, due_date, status, "
                                  "completed_date, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE milestone SET step_id = ?, position = ?, title = ?, due_date = ?, "
                                  "status = ?, completed_date = ?, evidence = ? WHERE id = ?"));
    for (int m = 0; m < step.milestones.size(); ++m) {
        Milestone &milestone = step.milestones[m];
        QSqlQuery &query = milestone.id == 0 ? insert : update;
        query.addBindValue(step.id);
        query.addBindValue(m);
        query.addBindValue(sql::text(milestone.title));
        query.addBindValue(sql::date(milestone.dueDate));
        query.addBindValue(Milestone::statusToKey(milestone.status));
        query.addBindValue(sql::date(milestone.completedDate));
        query.addBindValue(sql::text(milestone.evidence));
        if (milestone.id != 0)
            query.addBindValue(milestone.id);
        if (milestone.id == 0 ? !sql::insert(query, &milestone.id, error) : !sql::exec(query, error))
            return false;
    }
    return true;
}

} // namespace careerplanner
