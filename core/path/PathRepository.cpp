#include "core/path/PathRepository.h"

#include "core/path/PathStepWriter.h"
#include "core/path/PathValidator.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace careerplanner {

namespace {

// A promotion's columns, in the order its INSERT and UPDATE name them (the level twice: the
// link by id, then the names kept as recorded).
void bindPromotion(QSqlQuery &query, const Promotion &promotion)
{
    query.addBindValue(sql::date(promotion.date));
    query.addBindValue(sql::text(promotion.ladderName));
    query.addBindValue(sql::text(promotion.levelTitle));
    query.addBindValue(sql::text(promotion.ladderName));
    query.addBindValue(sql::text(promotion.levelTitle));
    query.addBindValue(sql::text(promotion.note));
}

} // namespace

PathRepository::PathRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

Profile PathRepository::loadProfile() const
{
    Profile profile;
    QSqlQuery query(m_plan.connection());
    if (query.exec(QStringLiteral("SELECT name, ladder_name, level_title, level_start, experience_years, location, "
                                  "business_unit FROM profile WHERE id = 1"))
        && query.next()) {
        profile.name = query.value(0).toString();
        profile.ladderName = query.value(1).toString();
        profile.levelTitle = query.value(2).toString();
        profile.levelStart = sql::toDate(query.value(3));
        profile.experienceYears = sql::optionalValue<int>(query.value(4));
        profile.location = query.value(5).toString();
        profile.businessUnit = query.value(6).toString();
    }
    return profile;
}

bool PathRepository::saveProfile(const Profile &profile, QString *error)
{
    const QString problem = PathValidator::validateProfile(profile);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSqlQuery query(m_plan.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO profile (id, name, ladder_name, level_title, level_start, "
                                 "experience_years, location, business_unit) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sql::text(profile.name));
    query.addBindValue(sql::text(profile.ladderName));
    query.addBindValue(sql::text(profile.levelTitle));
    query.addBindValue(sql::date(profile.levelStart));
    query.addBindValue(sql::nullable(profile.experienceYears));
    query.addBindValue(sql::text(profile.location));
    query.addBindValue(sql::text(profile.businessUnit));
    return sql::exec(query, error); // one statement: its own transaction
}

bool PathRepository::loadScenarios(QList<Scenario> *scenarios, QString *error, Milestones milestones) const
{
    scenarios->clear();
    QHash<qint64, int> scenarioIndex;
    QHash<qint64, QPair<int, int>> stepIndex;
    SqliteRows scenarioRows(m_plan.connection(), "SELECT id, name, is_primary FROM scenario ORDER BY position");
    while (scenarioRows.next()) {
        Scenario scenario;
        scenario.id = scenarioRows.int64(0);
        scenario.name = scenarioRows.text(1);
        scenario.primary = scenarioRows.integer(2) != 0;
        scenarioIndex.insert(scenario.id, static_cast<int>(scenarios->size()));
        scenarios->append(scenario);
    }
    if (!scenarioRows.finished(error))
        return false;
    // A linked level's current names win over the stored ones.
    SqliteRows stepRows(
        m_plan.connection(),
        "SELECT s.id, s.scenario_id, coalesce(l.name, s.ladder_name), coalesce(v.title, s.level_title), "
        "s.branch, s.target_date, s.months_min, s.months_likely, s.months_max FROM path_step s "
        "LEFT JOIN level v ON v.id = s.level_id LEFT JOIN ladder l ON l.id = v.ladder_id "
        "ORDER BY s.scenario_id, s.position");
    while (stepRows.next()) {
        PathStep step;
        step.id = stepRows.int64(0);
        step.ladderName = stepRows.text(2);
        step.levelTitle = stepRows.text(3);
        step.branch = stepRows.text(4);
        step.targetDate = stepRows.date(5);
        step.timeAtLevel = { stepRows.integer(6), stepRows.integer(7), stepRows.integer(8) };
        const int s = scenarioIndex.value(stepRows.int64(1));
        QList<PathStep> &steps = (*scenarios)[s].steps;
        stepIndex.insert(step.id, { s, static_cast<int>(steps.size()) });
        steps.append(step);
    }
    if (!stepRows.finished(error))
        return false;
    if (milestones == Milestones::Left)
        return true;
    // Milestones are, with check-ins, a plan's most numerous rows: read in storage order
    // (an ORDER BY would look each one up through the index), then put in step order.
    struct Placed
    {
        QPair<int, int> step;
        int position = 0;
        Milestone milestone;
    };
    std::vector<Placed> placed;
    SqliteRows rows(m_plan.connection(), "SELECT id, step_id, position, title, due_date, status, completed_date, "
                                         "evidence FROM milestone");
    while (rows.next()) {
        const auto step = stepIndex.constFind(rows.int64(1));
        if (step == stepIndex.cend())
            continue; // the foreign key makes this impossible
        Milestone milestone;
        milestone.id = rows.int64(0);
        milestone.title = rows.text(3);
        milestone.dueDate = rows.date(4);
        milestone.status = Milestone::statusFromKey(rows.text(5)).value_or(Milestone::Status::Planned);
        milestone.completedDate = rows.date(6);
        milestone.evidence = rows.text(7);
        placed.push_back({ *step, rows.integer(2), std::move(milestone) });
    }
    std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        return a.step != b.step ? a.step < b.step : a.position < b.position;
    });
    for (Placed &p : placed)
        (*scenarios)[p.step.first].steps[p.step.second].milestones.append(std::move(p.milestone));
    return rows.finished(error);
}

bool PathRepository::insertScenario(Scenario &scenario, const QList<CareerLadder> &ladders, QString *error)
{
    const QString problem = PathValidator::validateScenario(scenario, ladders);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return runInTransaction(m_plan.connection(), error, [&] {
        QSqlQuery query(m_plan.connection());
        if (scenario.primary && !query.exec(QStringLiteral("UPDATE scenario SET is_primary = 0"))) {
            *error = query.lastError().text();
            return false;
        }
        query.prepare(QStringLiteral("INSERT INTO scenario (position, name, is_primary) VALUES "
                                     "((SELECT coalesce(max(position), -1) + 1 FROM scenario), ?, ?)"));
        query.addBindValue(sql::text(scenario.name));
        query.addBindValue(scenario.primary ? 1 : 0);
        if (!sql::exec(query, error)) {
            if (query.lastError().nativeErrorCode() == QLatin1String("2067"))
                *error = QCoreApplication::translate("PathRepository", "There is already a scenario called “%1”.")
                             .arg(scenario.name);
            return false;
        }
        scenario.id = query.lastInsertId().toLongLong();
        return PathStepWriter(m_plan).write(scenario, error);
    });
}

bool PathRepository::replaceScenario(Scenario &scenario, const QList<CareerLadder> &ladders, QString *error)
{
    const QString problem = PathValidator::validateScenario(scenario, ladders);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return runInTransaction(m_plan.connection(), error, [&] {
        QSqlQuery query(m_plan.connection());
        query.prepare(QStringLiteral("UPDATE scenario SET name = ? WHERE id = ?"));
        query.addBindValue(sql::text(scenario.name));
        query.addBindValue(scenario.id);
        if (!sql::exec(query, error))
            return false;
        if (query.numRowsAffected() != 1) {
            *error = QCoreApplication::translate("PathRepository", "That scenario is no longer in the plan.");
            return false;
        }
        return PathStepWriter(m_plan).write(scenario, error);
    });
}

bool PathRepository::removeScenario(qint64 scenarioId, QString *error)
{
    QSqlQuery query(m_plan.connection());
    query.prepare(QStringLiteral("DELETE FROM scenario WHERE id = ? AND is_primary = 0"));
    query.addBindValue(scenarioId);
    if (!sql::exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("PathRepository", "The plan's own path cannot be removed, only its "
                                                               "what-if scenarios.");
        return false;
    }
    return true;
}

bool PathRepository::updateMilestone(const Milestone &milestone, QString *error)
{
    const QString problem = PathValidator::validateMilestone(milestone);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSqlQuery query(m_plan.connection());
    query.prepare(QStringLiteral("UPDATE milestone SET title = ?, due_date = ?, status = ?, completed_date = ?, "
                                 "evidence = ? WHERE id = ?"));
    query.addBindValue(sql::text(milestone.title));
    query.addBindValue(sql::date(milestone.dueDate));
    query.addBindValue(Milestone::statusToKey(milestone.status));
    query.addBindValue(sql::date(milestone.completedDate));
    query.addBindValue(sql::text(milestone.evidence));
    query.addBindValue(milestone.id);
    if (!sql::exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("PathRepository", "That milestone is no longer in the plan.");
        return false;
    }
    return true;
}

bool PathRepository::loadPromotions(QList<Promotion> *promotions, QString *error) const
{
    promotions->clear();
    QSqlQuery q(m_plan.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT p.id, p.date, coalesce(l.name, p.ladder_name), coalesce(v.title, p.level_title), "
                           "p.note FROM promotion p LEFT JOIN level v ON v.id = p.level_id "
                           "LEFT JOIN ladder l ON l.id = v.ladder_id ORDER BY p.date, p.id"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        promotions->append({ q.value(0).toLongLong(), sql::toDate(q.value(1)), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString() });
    }
    return true;
}

bool PathRepository::insertPromotion(Promotion &promotion, QString *error)
{
    const QString problem = PathValidator::validatePromotion(promotion);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSqlQuery query(m_plan.connection());
    query.prepare(QStringLiteral("INSERT INTO promotion (date, level_id, ladder_name, level_title, note) "
                                 "VALUES (?, %1, ?, ?, ?)")
                      .arg(PathStepWriter::LevelIdSql));
    bindPromotion(query, promotion);
    if (!sql::exec(query, error))
        return false;
    promotion.id = query.lastInsertId().toLongLong();
    return true;
}

bool PathRepository::updatePromotion(const Promotion &promotion, QString *error)
{
    const QString problem = PathValidator::validatePromotion(promotion);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSqlQuery query(m_plan.connection());
    query.prepare(QStringLiteral("UPDATE promotion SET date = ?, level_id = %1, ladder_name = ?, level_title = ?, "
                                 "note = ? WHERE id = ?")
                      .arg(PathStepWriter::LevelIdSql));
    bindPromotion(query, promotion);
    query.addBindValue(promotion.id);
    return sql::exec(query, error);
}

bool PathRepository::removePromotion(qint64 promotionId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("promotion"), promotionId, error);
}

} // namespace careerplanner
