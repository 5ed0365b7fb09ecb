#include "core/storage/PlanCleaner.h"

#include "core/base/InterruptCleanup.h"
#include "core/storage/OutputFile.h"
#include "core/storage/PlanFileInspector.h"
#include "core/storage/PlanSnapshot.h"
#include "core/storage/SchemaAudit.h"
#include "core/storage/SchemaMigrator.h"
#include "core/storage/SqlHelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <functional>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanCleaner", text);
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Runs work on a connection of its own to path, made to distrust every schema it reads.
bool withConnection(const QString &path, bool readOnly, const std::function<bool(QSqlDatabase &)> &work)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("careerplanner-cleaner-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
                                      : QStringLiteral("QSQLITE_OPEN_URI"));
        ok = db.open() && sql::distrustSchema(db) && work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool run(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

// The tables of the version's schema with the plan's rows for the columns it should have.
bool copyRecords(QSqlDatabase &db, const QString &planPath, int version, QString *error)
{
    QSqlQuery query(db);
    const QString uri = QUrl::fromLocalFile(QFileInfo(planPath).absoluteFilePath()).toString(QUrl::FullyEncoded)
                        + QStringLiteral("?mode=ro");
    if (!run(query, QStringLiteral("PRAGMA foreign_keys = OFF"), error)
        || !run(query,
                QStringLiteral("ATTACH DATABASE '%1' AS found")
                    .arg(QString(uri).replace(QLatin1Char('\''), QStringLiteral("''"))),
                error)
        || !run(query, QStringLiteral("BEGIN"), error))
        return false;
    for (const SchemaAudit::Object &object : SchemaAudit::expected(version)) {
        if (object.type != QLatin1String("table"))
            continue;
        const QStringList columns = SchemaAudit::expectedColumns(object.name, version);
        QStringList names;
        for (const QString &column : columns)
            names.append(quoted(column));
        const QString list = names.join(QStringLiteral(", "));
        QString detail;
        if (!run(query, QStringLiteral("DELETE FROM main.%1").arg(quoted(object.name)), &detail)
            || !run(query,
                    QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM found.%1").arg(quoted(object.name), list),
                    &detail)) {
            *error = tr("the records of “%1” cannot be copied: %2").arg(object.name, detail);
            return false;
        }
    }
    if (!run(query, QStringLiteral("COMMIT"), error) || !run(query, QStringLiteral("DETACH DATABASE found"), error))
        return false;
    if (!run(query, QStringLiteral("PRAGMA foreign_key_check"), error))
        return false;
    if (query.next()) {
        *error = tr("records in “%1” point to records that do not exist.").arg(query.value(0).toString());
        return false;
    }
    return true;
}

bool keepOriginal(const QString &planPath, QString *error)
{
    const QString folder
        = QDir(PlanSnapshot::backupFolder(planPath))
              .filePath(QStringLiteral("cleaning-%1")
                            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    const QString kept = QDir(folder).filePath(QFileInfo(planPath).fileName());
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, owner) || !QFile::copy(planPath, kept)
        || !QFile::setPermissions(kept, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("the plan could not be backed up into %1 first").arg(folder);
        return false;
    }
    return true;
}

} // namespace

bool PlanCleaner::canClean(const QString &planPath)
{
    bool inWalMode = false;
    const PlanFileInspector::Verdict header = PlanFileInspector::inspectHeader(planPath, &inWalMode);
    if (!header.ok || inWalMode)
        return false;
    SchemaAudit::Findings findings;
    withConnection(planPath, true, [&](QSqlDatabase &db) {
        findings = SchemaAudit::audit(db, header.schemaVersion);
        return true;
    });
    return findings.error.isEmpty() && !findings.unexpected.isEmpty();
}

QString PlanCleaner::suggestedCopyPath(const QString &planPath)
{
    const QFileInfo plan(planPath);
    const QString base = plan.completeBaseName();
    QString candidate = plan.dir().filePath(tr("%1 (cleaned).careerplan").arg(base));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = plan.dir().filePath(tr("%1 (cleaned %2).careerplan").arg(base).arg(n));
    return candidate;
}

bool PlanCleaner::saveCleanedCopy(const QString &planPath, const QString &target, QString *error)
{
    bool inWalMode = false;
    const PlanFileInspector::Verdict header = PlanFileInspector::inspectHeader(planPath, &inWalMode);
    if (!header.ok) {
        *error = header.reason;
        return false;
    }
    // Only tables are read from the plan, and each must be one: a view in a table's place
    // would run the plan's own query.
    SchemaAudit::Findings findings;
    withConnection(planPath, true, [&](QSqlDatabase &db) {
        findings = SchemaAudit::audit(db, header.schemaVersion);
        return true;
    });
    if (!findings.error.isEmpty() || !findings.missing.isEmpty()) {
        *error = tr("No cleaned copy can be made of %1: %2")
                     .arg(QFileInfo(planPath).fileName(),
                          findings.error.isEmpty() ? tr("the %1 is missing.").arg(findings.missing.constFirst())
                                                   : findings.error);
        return false;
    }
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink()) {
        *error = tr("%1 already exists; the cleaned copy needs a new file name.").arg(target);
        return false;
    }
    *error = OutputFile::refusal(target, planPath, OutputFile::Kind::NewPlan);
    if (!error->isEmpty() || !keepOriginal(planPath, error))
        return false;

    const QString building = OutputFile::reserveBeside(target, error);
    if (building.isEmpty())
        return false;
    const InterruptCleanup cleanup(building);
    QString detail;
    const bool built = withConnection(building, false, [&](QSqlDatabase &db) {
        return SchemaMigrator::migrate(db, SchemaMigrator::builtInScripts().mid(0, header.schemaVersion), &detail)
               && copyRecords(db, planPath, header.schemaVersion, &detail);
    });
    if (!built || !QFile::rename(building, target)) {
        QFile::remove(building);
        QFile::remove(building + QStringLiteral("-journal"));
        *error = tr("The cleaned copy was not saved: %1")
                     .arg(detail.isEmpty() ? tr("it cannot be moved into place") : detail);
        return false;
    }
    return true;
}

} // namespace careerplanner
