#include "core/plan/PlanChecker.h"

#include "core/ladders/LadderRepository.h"
#include "core/ladders/LevelValidator.h"
#include "core/market/MarketCorrectionRepository.h"
#include "core/market/MarketRepository.h"
#include "core/pay/PayRepository.h"
#include "core/pay/PayValidator.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/PlanFileInspector.h"
#include "core/storage/SchemaAudit.h"
#include "core/storage/SchemaMigrator.h"

#include <QSqlQuery>

namespace careerplanner {

PlanChecker::Report PlanChecker::check(const QString &path)
{
    Report report;
    report.lines.append(QStringLiteral("file: %1").arg(path));
    QString error;
    // Opened without its whole-file check, which is run below once the schema is known to
    // be ours: an index the program never made could make that check run for hours.
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::openReadOnly(path, &error, PlanDatabase::ContentCheck::Deferred);
    if (!plan) {
        report.lines.append(QStringLiteral("result: not usable: %1").arg(error));
        return report;
    }
    QSqlDatabase db = plan->connection();
    const int version = SchemaMigrator::schemaVersion(db);
    report.lines.append(
        QStringLiteral("schema version: %1 (this program: %2)").arg(version).arg(SchemaMigrator::latestVersion()));
    const SchemaAudit::Findings schema = SchemaAudit::audit(db, version);
    for (const QString &object : schema.unexpected)
        report.lines.append(QStringLiteral("schema: unexpected %1").arg(object));
    for (const QString &object : schema.missing)
        report.lines.append(QStringLiteral("schema: missing %1").arg(object));
    if (!schema.ok()) {
        report.lines.append(QStringLiteral("result: not usable: %1").arg(schema.firstProblem()));
        return report;
    }
    report.lines.append(QStringLiteral("schema: ok"));
    if (!plan->verified(&error)) {
        report.lines.append(QStringLiteral("result: not usable: %1").arg(error));
        return report;
    }

    bool ok = true;
    QSqlQuery query(db);
    QStringList integrity;
    if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (query.next())
            integrity.append(query.value(0).toString());
    }
    ok = ok && integrity == QStringList { QStringLiteral("ok") };
    report.lines.append(QStringLiteral("integrity: %1").arg(integrity.join(QStringLiteral("; "))));

    int brokenLinks = 0;
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next())
            ++brokenLinks;
    }
    ok = ok && brokenLinks == 0;
    report.lines.append(brokenLinks == 0 ? QStringLiteral("foreign keys: ok")
                                         : QStringLiteral("foreign keys: %1 broken links").arg(brokenLinks));

    QList<CareerLadder> ladders;
    LadderRepository repository(*plan);
    if (!repository.loadAll(&ladders, &error)) {
        report.lines.append(QStringLiteral("content: cannot be read: %1").arg(error));
        return report;
    }
    int levels = 0;
    int bands = 0;
    QStringList problems;
    for (const CareerLadder &ladder : ladders) {
        levels += static_cast<int>(ladder.levels.size());
        for (const CareerLevel &level : ladder.levels)
            bands += static_cast<int>(level.bands.size());
        for (const QString &problem : LevelValidator::validateLadder(ladder))
            problems.append(QStringLiteral("%1: %2").arg(ladder.name, problem));
    }
    report.lines.append(
        QStringLiteral("content: %1 ladders, %2 levels, %3 salary bands").arg(ladders.size()).arg(levels).arg(bands));

    QList<PayPackage> packages;
    QList<PayRecord> history;
    PayRepository pay(*plan);
    if (!pay.loadPackages(&packages, &error) || !pay.loadHistory(&history, &error)) {
        report.lines.append(QStringLiteral("pay: cannot be read: %1").arg(error));
        return report;
    }
    for (const PayPackage &package : packages) {
        const QString problem = PayValidator::validatePackage(package);
        if (!problem.isEmpty())
            problems.append(QStringLiteral("package %1: %2").arg(package.name, problem));
    }
    for (const PayRecord &record : history) {
        const QString problem = PayValidator::validateRecord(record);
        if (!problem.isEmpty())
            problems.append(QStringLiteral("pay history %1: %2").arg(record.year).arg(problem));
    }
    report.lines.append(
        QStringLiteral("pay: %1 packages, %2 years of history").arg(packages.size()).arg(history.size()));
    // The market reports counted (by SQLite, not read): the table's rules were checked above.
    QList<MarketImport> imports;
    int reports = 0;
    MarketCorrections corrections;
    const MarketRepository market(*plan);
    if (!market.loadImports(&imports, &error) || !market.countReports(&reports, &error)
        || !MarketCorrectionRepository(*plan).load(&corrections, &error)) {
        report.lines.append(QStringLiteral("market: cannot be read: %1").arg(error));
        return report;
    }
    report.lines.append(QStringLiteral("market: reports %1, imported files %2, company aliases %3, title matches %4")
                            .arg(reports)
                            .arg(imports.size())
                            .arg(corrections.aliases.size())
                            .arg(corrections.matches.size()));
    for (const QString &problem : problems)
        report.lines.append(QStringLiteral("rule broken: %1").arg(problem));
    ok = ok && problems.isEmpty();
    report.ok = ok;
    report.lines.append(ok ? QStringLiteral("result: ok") : QStringLiteral("result: problems found"));
    return report;
}

} // namespace careerplanner
