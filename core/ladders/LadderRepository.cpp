#include "core/ladders/LadderRepository.h"

#include "core/ladders/LadderReader.h"

#include "core/ladders/LevelValidator.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QHash>
#include <QSqlQuery>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LadderRepository", text);
}

bool failIfInvalid(const CareerLevel &level, QString *error)
{
    const QList<LevelValidator::Issue> issues = LevelValidator::validateLevel(level);
    if (issues.isEmpty())
        return true;
    *error = issues.first().message;
    return false;
}

} // namespace

LadderRepository::LadderRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

bool LadderRepository::loadAll(QList<CareerLadder> *ladders, QString *error) const
{
    return LadderReader::loadAll(m_plan.connection(), ladders, error);
}

bool LadderRepository::insertLadder(CareerLadder &ladder, QString *error)
{
    const QStringList problems = LevelValidator::validateLadder(ladder);
    if (!problems.isEmpty()) {
        *error = problems.first();
        return false;
    }
    return runInTransaction(m_plan.connection(), error, [&] { return writeLadderRows(ladder, error); });
}

bool LadderRepository::writeLadderRows(CareerLadder &ladder, QString *error)
{
    QSqlDatabase db = m_plan.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO ladder (position, name, company, description, is_reference, source_file, source_section) "
        "VALUES ((SELECT coalesce(max(position), -1) + 1 FROM ladder), ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sql::text(ladder.name));
    query.addBindValue(sql::text(ladder.company));
    query.addBindValue(sql::text(ladder.description));
    query.addBindValue(ladder.reference ? 1 : 0);
    query.addBindValue(sql::text(ladder.source.file));
    query.addBindValue(sql::text(ladder.source.section));
    if (!sql::exec(query, error)) {
        if (query.lastError().nativeErrorCode() == QLatin1String("2067"))
            *error = tr("There is already a ladder called “%1”.").arg(ladder.name);
        return false;
    }
    ladder.id = query.lastInsertId().toLongLong();

    if (!sql::insertTexts(db, QStringLiteral("ladder_item"), QStringLiteral("ladder_id"), ladder.id,
                          QStringLiteral("note"), ladder.notes, error)
        || !sql::insertTexts(db, QStringLiteral("ladder_item"), QStringLiteral("ladder_id"), ladder.id,
                             QStringLiteral("promotion_criterion"), ladder.promotionCriteria, error))
        return false;

    query.prepare(QStringLiteral("INSERT INTO interview_stage "
                                 "(ladder_id, position, name, duration_minutes, format, topics) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < ladder.interviewStages.size(); ++i) {
        const InterviewStage &stage = ladder.interviewStages.at(i);
        query.addBindValue(ladder.id);
        query.addBindValue(i);
        query.addBindValue(sql::text(stage.name));
        query.addBindValue(sql::nullable(stage.durationMinutes));
        query.addBindValue(sql::text(stage.format));
        query.addBindValue(sql::text(stage.topics.join(QLatin1Char('\n'))));
        if (!sql::exec(query, error))
            return false;
    }
    for (int i = 0; i < ladder.levels.size(); ++i) {
        if (!writeLevelRow(ladder.id, i, ladder.levels[i], error))
            return false;
    }
    return true;
}

bool LadderRepository::removeLadder(qint64 ladderId, QString *error)
{
    return runInTransaction(m_plan.connection(), error, [&] {
        return sql::removeById(m_plan.connection(), QStringLiteral("ladder"), ladderId, error);
    });
}

bool LadderRepository::writeLevelRow(qint64 ladderId, int position, CareerLevel &level, QString *error)
{
    QSqlQuery query(m_plan.connection());
    query.prepare(QStringLiteral("INSERT INTO level (ladder_id, position, title) VALUES (?, ?, ?)"));
    query.addBindValue(ladderId);
    query.addBindValue(position);
    query.addBindValue(sql::text(level.title));
    if (!sql::exec(query, error))
        return false;
    level.id = query.lastInsertId().toLongLong();
    return writeLevelChildren(level, error);
}

// Writes the level's own columns and replaces its texts, branches and bands.
bool LadderRepository::writeLevelChildren(const CareerLevel &level, QString *error)
{
    QSqlDatabase db = m_plan.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE level SET title = ?, level_code = ?, summary = ?, "
                                 "years_at_level_min = ?, years_at_level_max = ?, years_at_level_open = ?, "
                                 "experience_min = ?, experience_max = ?, experience_open = ?, less_common = ?, "
                                 "source_file = ?, source_section = ? WHERE id = ?"));
    query.addBindValue(sql::text(level.title));
    query.addBindValue(sql::text(level.levelCode));
    query.addBindValue(sql::text(level.summary));
    query.addBindValue(sql::nullable(level.yearsAtLevel.minimum));
    query.addBindValue(sql::nullable(level.yearsAtLevel.maximum));
    query.addBindValue(level.yearsAtLevel.openEnded ? 1 : 0);
    query.addBindValue(sql::nullable(level.experienceYears.minimum));
    query.addBindValue(sql::nullable(level.experienceYears.maximum));
    query.addBindValue(level.experienceYears.openEnded ? 1 : 0);
    query.addBindValue(level.lessCommon ? 1 : 0);
    query.addBindValue(sql::text(level.source.file));
    query.addBindValue(sql::text(level.source.section));
    query.addBindValue(level.id);
    if (!sql::exec(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = tr("That level is no longer in the plan.");
        return false;
    }

    for (const QString &table :
         { QStringLiteral("level_item"), QStringLiteral("level_branch"), QStringLiteral("salary_band") }) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE level_id = ?").arg(table));
        query.addBindValue(level.id);
        if (!sql::exec(query, error))
            return false;
    }

    const QString items = QStringLiteral("level_item");
    const QString owner = QStringLiteral("level_id");
    if (!sql::insertTexts(db, items, owner, level.id, QStringLiteral("alternative_title"), level.alternativeTitles,
                          error)
        || !sql::insertTexts(db, items, owner, level.id, QStringLiteral("responsibility"), level.responsibilities,
                             error)
        || !sql::insertTexts(db, items, owner, level.id, QStringLiteral("requirement"), level.requirements, error)
        || !sql::insertTexts(db, items, owner, level.id, QStringLiteral("to_advance"), level.toAdvance, error))
        return false;

    query.prepare(QStringLiteral("INSERT INTO level_branch (level_id, position, title, path, summary) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < level.branches.size(); ++i) {
        const LevelBranch &branch = level.branches.at(i);
        query.addBindValue(level.id);
        query.addBindValue(i);
        query.addBindValue(sql::text(branch.title));
        query.addBindValue(sql::text(branch.path));
        query.addBindValue(sql::text(branch.summary));
        qint64 branchId = 0;
        if (!sql::insert(query, &branchId, error) || !insertBranchItems(branchId, branch, error))
            return false;
    }
    query.prepare(QStringLiteral("INSERT INTO salary_band (level_id, kind, minimum, maximum, open_ended, currency, "
                                 "source_file, source_section) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const SalaryBand &band : level.bands) {
        query.addBindValue(level.id);
        query.addBindValue(SalaryBand::kindToKey(band.kind));
        query.addBindValue(band.minimum);
        query.addBindValue(sql::nullable(band.maximum));
        query.addBindValue(band.openEnded ? 1 : 0);
        query.addBindValue(sql::text(band.currency));
        query.addBindValue(sql::text(band.source.file));
        query.addBindValue(sql::text(band.source.section));
        if (!sql::exec(query, error))
            return false;
    }
    return true;
}

bool LadderRepository::insertBranchItems(qint64 branchId, const LevelBranch &branch, QString *error)
{
    QSqlDatabase db = m_plan.connection();
    const QString items = QStringLiteral("branch_item");
    const QString owner = QStringLiteral("branch_id");
    return sql::insertTexts(db, items, owner, branchId, QStringLiteral("expectation"), branch.expectations, error)
           && sql::insertTexts(db, items, owner, branchId, QStringLiteral("milestone"), branch.milestones, error);
}

bool LadderRepository::fillBranchItems(const QList<CareerLadder> &reference, QString *error)
{
    QHash<QString, LevelBranch> known;
    for (const CareerLadder &ladder : reference) {
        for (const CareerLevel &level : ladder.levels) {
            for (const LevelBranch &branch : level.branches)
                known.insert(QStringList { ladder.name, level.title, branch.path, branch.title }.join(QChar(0)),
                             branch);
        }
    }
    QSqlQuery query(m_plan.connection());
    query.prepare(QStringLiteral("SELECT level_branch.id, ladder.name, level.title, level_branch.path, "
                                 "level_branch.title FROM level_branch JOIN level ON level.id = level_branch.level_id "
                                 "JOIN ladder ON ladder.id = level.ladder_id"));
    if (!sql::exec(query, error))
        return false;
    QList<QPair<qint64, LevelBranch>> found;
    while (query.next()) {
        const QString key = QStringList { query.value(1).toString(), query.value(2).toString(),
                                          query.value(3).toString(), query.value(4).toString() }
                                .join(QChar(0));
        if (known.contains(key))
            found.append({ query.value(0).toLongLong(), known.value(key) });
    }
    for (const auto &[branchId, branch] : std::as_const(found)) {
        if (!insertBranchItems(branchId, branch, error))
            return false;
    }
    return true;
}

bool LadderRepository::shiftPositions(qint64 ladderId, int from, int delta, QString *error)
{
    // Two steps through negative numbers: SQLite checks UNIQUE(ladder_id, position) row by
    // row, so shifting in place could collide half-way.
    QSqlQuery query(m_plan.connection());
    query.prepare(QStringLiteral("UPDATE level SET position = -(position + ?) - 1 "
                                 "WHERE ladder_id = ? AND position >= ?"));
    query.addBindValue(delta);
    query.addBindValue(ladderId);
    query.addBindValue(from);
    if (!sql::exec(query, error))
        return false;
    query.prepare(QStringLiteral("UPDATE level SET position = -position - 1 WHERE ladder_id = ? AND position < 0"));
    query.addBindValue(ladderId);
    return sql::exec(query, error);
}

bool LadderRepository::insertLevel(qint64 ladderId, int position, CareerLevel &level, QString *error)
{
    if (!failIfInvalid(level, error))
        return false;
    return runInTransaction(m_plan.connection(), error, [&] {
        return shiftPositions(ladderId, position, 1, error) && writeLevelRow(ladderId, position, level, error);
    });
}

bool LadderRepository::updateLevel(const CareerLevel &level, QString *error)
{
    if (!failIfInvalid(level, error))
        return false;
    return runInTransaction(m_plan.connection(), error, [&] { return writeLevelChildren(level, error); });
}

bool LadderRepository::removeLevel(qint64 levelId, QString *error)
{
    return runInTransaction(m_plan.connection(), error, [&] {
        QSqlQuery query(m_plan.connection());
        query.prepare(QStringLiteral("SELECT ladder_id, position FROM level WHERE id = ?"));
        query.addBindValue(levelId);
        if (!sql::exec(query, error))
            return false;
        if (!query.next()) {
            *error = tr("That level is no longer in the plan.");
            return false;
        }
        const qint64 ladderId = query.value(0).toLongLong();
        const int position = query.value(1).toInt();
        query.finish();
        return sql::removeById(m_plan.connection(), QStringLiteral("level"), levelId, error)
               && shiftPositions(ladderId, position + 1, -1, error);
    });
}

QString LadderRepository::planInfo(const QString &key) const
{
    QSqlQuery query(m_plan.connection());
    query.prepare(QStringLiteral("SELECT value FROM plan_info WHERE key = ?"));
    query.addBindValue(sql::text(key));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool LadderRepository::setPlanInfo(const QString &key, const QString &value, QString *error)
{
    return runInTransaction(m_plan.connection(), error, [&] { return writePlanInfo(key, value, error); });
}

bool LadderRepository::writePlanInfo(const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(m_plan.connection());
    query.prepare(QStringLiteral("INSERT INTO plan_info (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(sql::text(key));
    query.addBindValue(sql::text(value));
    return sql::exec(query, error);
}

BandAdjustment LadderRepository::adjustment() const
{
    BandAdjustment adjustment;
    adjustment.enabled = planInfo(QStringLiteral("adjustment.enabled")) == QLatin1String("1");
    bool ok = false;
    const int location = planInfo(QStringLiteral("adjustment.location_bp")).toInt(&ok);
    if (ok)
        adjustment.locationBasisPoints = location;
    const int unit = planInfo(QStringLiteral("adjustment.business_unit_bp")).toInt(&ok);
    if (ok)
        adjustment.businessUnitBasisPoints = unit;
    adjustment.locationLabel = planInfo(QStringLiteral("adjustment.location_label"));
    adjustment.businessUnitLabel = planInfo(QStringLiteral("adjustment.business_unit_label"));
    return adjustment;
}

bool LadderRepository::setAdjustment(const BandAdjustment &adjustment, QString *error)
{
    const QString problem = adjustment.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    // All five keys in one transaction: never half an assumption.
    return runInTransaction(m_plan.connection(), error, [&] {
        return writePlanInfo(QStringLiteral("adjustment.enabled"),
                             adjustment.enabled ? QStringLiteral("1") : QStringLiteral("0"), error)
               && writePlanInfo(QStringLiteral("adjustment.location_bp"),
                                QString::number(adjustment.locationBasisPoints), error)
               && writePlanInfo(QStringLiteral("adjustment.location_label"), adjustment.locationLabel, error)
               && writePlanInfo(QStringLiteral("adjustment.business_unit_bp"),
                                QString::number(adjustment.businessUnitBasisPoints), error)
               && writePlanInfo(QStringLiteral("adjustment.business_unit_label"), adjustment.businessUnitLabel, error);
    });
}

} // namespace careerplanner
