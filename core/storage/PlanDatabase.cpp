#include "core/storage/PlanDatabase.h"

#include "core/base/InterruptCleanup.h"
#include "core/storage/JournalRecovery.h"
#include "core/storage/OutputFile.h"
#include "core/base/OwnThread.h"
#include "core/storage/PlanFileGuard.h"
#include "core/storage/PlanLock.h"
#include "core/storage/PlanFileInspector.h"
#include "core/storage/PlanSnapshot.h"
#include "core/storage/SchemaAudit.h"
#include "core/storage/SchemaMigrator.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanDatabase", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("careerplanner-plan-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

PlanDatabase::PlanDatabase(const QString &path, bool readOnly)
    : m_path(path)
    , m_connectionName(nextConnectionName())
    , m_readOnly(readOnly)
{
}

PlanDatabase::~PlanDatabase()
{
    m_stopChecks->interrupt();
    if (m_wholeCheck.valid())
        m_wholeCheck.wait(); // stopped by sqlite3_interrupt, or before its next statement
    m_guard.reset(); // unhooked while the connection is still open
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool PlanDatabase::openConnection(QString *error)
{
    // SQLite counts every allocation under one process-wide mutex unless told not to; a
    // deferred check on another thread would take turns at it with everything else.
    // Settable only before SQLite's first use, which this is (later calls are refused,
    // harmlessly).
    static const bool memoryStatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(memoryStatusOff)
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // SQLite reads no CHECK rule of a file opened read-only (nothing could break them), so
    // a checker that is to check them opens it for writing and writes nothing (query_only).
    // A write-ahead-log file would get its -wal and -shm files made: such a file is checked
    // read-only, without its CHECK rules.
    bool inWalMode = false;
    if (m_checksRules)
        PlanFileInspector::inspectHeader(m_path, &inWalMode);
    if (m_readOnly && (!m_checksRules || inWalMode))
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // A plan is outside input, whoever made it.
    if (!sql::distrustSchema(db)) {
        *error = tr("SQLite's defensive settings cannot be applied");
        return false;
    }
    // Another program reading or writing the file holds it for a moment: wait a little.
    if (!sql::run(db, QStringLiteral("PRAGMA busy_timeout = 2000"), error))
        return false;
    if (m_readOnly)
        return !m_checksRules || sql::run(db, QStringLiteral("PRAGMA query_only = ON"), error);
    // DELETE journal and FULL sync: a plan at rest is one self-contained file, and a
    // committed edit survives a crash or power cut.
    // A page cache of up to 32 MB (taken only as pages are used): an import of 60,000 market
    // reports then stays in memory until it commits, instead of spilling into the file
    // page by page while the transaction is open.
    return sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
           && sql::run(db, QStringLiteral("PRAGMA journal_mode = DELETE"), error)
           && sql::run(db, QStringLiteral("PRAGMA synchronous = FULL"), error)
           && sql::run(db, QStringLiteral("PRAGMA cache_size = -32768"), error);
}

QString PlanDatabase::checkReadOnly(const QString &path, Problem *kind, PlanFileInspector::Scope scope,
                                    CheckInterrupter *stop)
{
    using Scope = PlanFileInspector::Scope;
    Problem ignored = Problem::Damaged;
    if (!kind)
        kind = &ignored;
    *kind = Problem::Damaged;
    PlanDatabase plan(path, true);
    plan.m_checksRules = scope == Scope::Whole;
    QString error;
    if (!plan.openConnection(&error))
        return error;
    QSqlDatabase db = plan.connection();
    QSqlQuery query(db);
    // SQLITE_BUSY and SQLITE_LOCKED: another program holds the file past the busy timeout.
    const auto failed = [&query, kind] {
        const QString code = query.lastError().nativeErrorCode();
        if (code == QLatin1String("5") || code == QLatin1String("6"))
            *kind = Problem::Busy;
        return query.lastError().databaseText();
    };
    // A check whose answer nobody waits for any more (the window closed) stops.
    const CheckInterrupter::Attached interruptible(stop, sql::nativeHandle(db));
    const auto quickCheck = [&](const QString &table) {
        // sqlite3_interrupt reaches running statements only: one asked for before is seen here.
        if (stop && stop->interrupted())
            return tr("The check was stopped.");
        if (!query.exec(table.isEmpty() ? QStringLiteral("PRAGMA quick_check")
                                        : QStringLiteral("PRAGMA quick_check(\"%1\")").arg(table)))
            return failed();
        return query.next() && query.value(0).toString() != QLatin1String("ok") ? query.value(0).toString() : QString();
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed();
    // The schema first: nothing in the file is run or checked before it is known to be ours.
    const SchemaAudit::Findings schema = SchemaAudit::audit(db, query.value(0).toInt());
    if (!schema.ok()) {
        if (schema.error.isEmpty() && schema.missing.isEmpty())
            *kind = Problem::ForeignSchema;
        return schema.firstProblem();
    }
    if (scope == Scope::AllButReports) {
        const QStringList tables = db.tables(QSql::Tables);
        for (const QString &table : tables) {
            if (table == QLatin1String("market_report"))
                continue;
            if (const QString problem = quickCheck(table); !problem.isEmpty())
                return problem;
            if (!query.exec(QStringLiteral("PRAGMA foreign_key_check(\"%1\")").arg(table)))
                return failed();
            if (query.next())
                return tr("records in “%1” point to records that do not exist.").arg(table);
        }
        return {};
    }
    if (const QString problem = quickCheck(QString()); !problem.isEmpty())
        return problem;
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return failed();
    if (query.next())
        return tr("records in “%1” point to records that do not exist.").arg(query.value(0).toString());
    return {};
}

std::unique_ptr<PlanDatabase> PlanDatabase::openInspected(const QString &path, bool readOnly, ContentCheck check,
                                                          int *schemaVersion, QString *error)
{
    bool inWalMode = false;
    const PlanFileInspector::Verdict header = PlanFileInspector::inspectHeader(path, &inWalMode);
    if (!header.ok) {
        *error = header.reason;
        return nullptr;
    }
    // A reader cannot roll a journal back, and must not: it says what the window would do.
    if (readOnly && JournalRecovery::examine(path).journal != JournalRecovery::Journal::None) {
        *error = JournalRecovery::describeForReader(path).simplified();
        return nullptr;
    }
    // Opening a write-ahead-log file for writing would rewrite its header (the journal-mode
    // pragma): such a file is checked whole before it is opened.
    const bool deferred = check != ContentCheck::BeforeReturning && !inWalMode;
    if (!deferred) {
        const PlanFileInspector::Verdict content = PlanFileInspector::inspectContent(path, header.schemaVersion);
        if (!content.ok) {
            *error = content.reason;
            return nullptr;
        }
    }
    std::unique_ptr<PlanDatabase> plan(new PlanDatabase(path, readOnly));
    QString detail;
    if (!plan->openConnection(&detail)
        || (deferred && !sql::run(plan->connection(), QStringLiteral("PRAGMA query_only = ON"), &detail))) {
        *error = tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), detail);
        return nullptr;
    }
    if (deferred) {
        plan->m_checkOwedForVersion = header.schemaVersion;
        plan->m_reportsLast = check == ContentCheck::ReportsLast;
    }
    *schemaVersion = header.schemaVersion;
    return plan;
}

void PlanDatabase::startContentCheck()
{
    if (m_checkOwedForVersion == 0 || m_contentCheck.valid())
        return;
    // Its own read-only connection, made and removed on that thread.
    const auto scope = m_reportsLast ? PlanFileInspector::Scope::AllButReports : PlanFileInspector::Scope::Whole;
    m_contentCheck = startOnOwnThread([path = m_path, version = m_checkOwedForVersion, scope] {
        return PlanFileInspector::inspectContent(path, version, scope);
    });
}

void PlanDatabase::handOverTo(QThread *thread)
{
    // Qt ties a connection to the thread of its driver (as QSqlDatabase::moveToThread,
    // new in Qt 6.8, does); SQLite itself is built to be used from any one thread at a time.
    if (QSqlDriver *driver = connection().driver())
        driver->moveToThread(thread);
}

bool PlanDatabase::verified(QString *error)
{
    if (m_checkOwedForVersion != 0) {
        startContentCheck();
        const PlanFileInspector::Verdict content = m_contentCheck.get();
        m_checkOwedForVersion = 0;
        m_contentProblem = content.reason;
        if (content.ok && m_reportsLast)
            m_wholeCheckOwedForVersion = content.schemaVersion; // the file stays query_only until settled()
        else if (content.ok)
            allowWrites();
    }
    if (m_contentProblem.isEmpty())
        return true;
    *error = m_contentProblem;
    return false;
}

void PlanDatabase::startWholeCheck()
{
    if (m_wholeCheckOwedForVersion == 0)
        return;
    m_wholeCheck = startOnOwnThread([path = m_path, version = m_wholeCheckOwedForVersion, stop = m_stopChecks] {
        return PlanFileInspector::inspectContent(path, version, PlanFileInspector::Scope::Whole, stop.get());
    });
    m_wholeCheckOwedForVersion = 0;
}

bool PlanDatabase::settled(QString *error)
{
    if (!verified(error))
        return false;
    startWholeCheck();
    if (m_wholeCheck.valid()) {
        const PlanFileInspector::Verdict whole = m_wholeCheck.get();
        m_contentProblem = whole.reason;
        if (whole.ok)
            allowWrites();
    }
    return verified(error);
}

bool PlanDatabase::settling() const
{
    return m_wholeCheckOwedForVersion != 0
           || (m_wholeCheck.valid() && m_wholeCheck.wait_for(std::chrono::seconds(0)) != std::future_status::ready);
}

void PlanDatabase::allowWrites()
{
    QString detail;
    if (!sql::run(connection(), QStringLiteral("PRAGMA query_only = OFF"), &detail))
        m_contentProblem = tr("%1 cannot be opened: %2").arg(QFileInfo(m_path).fileName(), detail);
}

std::unique_ptr<PlanDatabase> PlanDatabase::open(const QString &path, const PlanUpkeep &upkeep, QString *error,
                                                 ContentCheck check)
{
    // One writer per plan: a second window or process is told, and the file left alone.
    std::unique_ptr<PlanLock> lock;
    if (QFileInfo::exists(path)) {
        lock = PlanLock::acquire(path, error);
        if (!lock)
            return nullptr;
    }
    // SQLite would open a file it may not write read-only without a word, and refuse the
    // first edit; say so now instead.
    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.isReadable() && !info.isWritable()) {
        *error
            = tr("%1 is read-only, so it cannot be edited; open a copy, or allow writing to it.").arg(info.fileName());
        return nullptr;
    }
    // With the lock held, no live writer owns a journal beside the plan.
    const JournalRecovery::Outcome recovery = JournalRecovery::recover(path, upkeep.isSound);
    if (!recovery.ok) {
        *error = recovery.error;
        return nullptr;
    }
    int version = 0;
    std::unique_ptr<PlanDatabase> plan = openInspected(path, false, check, &version, error);
    if (!plan && !recovery.notice.isEmpty())
        *error = recovery.notice + QLatin1Char(' ') + *error;
    if (plan) {
        plan->m_lock = std::move(lock);
        plan->m_guard = std::make_unique<PlanFileGuard>(plan->connection(), path);
        plan->m_recoveryNotice = recovery.notice;
    }
    if (plan && version < SchemaMigrator::latestVersion()) {
        if (!plan->verified(error))
            return nullptr; // an older plan is checked whole before it is migrated
        QSqlDatabase db = plan->connection();
        QString detail;
        if (!PlanSnapshot::backup(db, path, PlanSnapshot::Reason::BeforeMigration, &detail)) {
            *error = tr("%1 was not updated, since no backup could be made first: %2")
                         .arg(QFileInfo(path).fileName(), detail);
            return nullptr;
        }
        if (!SchemaMigrator::migrate(db, &detail) || !upkeep.fillAddedData(*plan, version, &detail)) {
            *error = tr("%1 could not be updated to this version: %2").arg(QFileInfo(path).fileName(), detail);
            return nullptr;
        }
    }
    return plan;
}

std::unique_ptr<PlanDatabase> PlanDatabase::openReadOnly(const QString &path, QString *error, ContentCheck check)
{
    int version = 0;
    return openInspected(path, true, check, &version, error);
}

std::unique_ptr<PlanDatabase> PlanDatabase::openSecondReader(const QString &path, QString *error)
{
    std::unique_ptr<PlanDatabase> plan(new PlanDatabase(path, true));
    return plan->openConnection(error) ? std::move(plan) : nullptr;
}

std::unique_ptr<PlanDatabase> PlanDatabase::create(const QString &path, const Populate &populate,
                                                   const PlanUpkeep &upkeep, QString *error)
{
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink()) {
        *error = tr("%1 already exists; a new plan needs a new file name.").arg(path);
        return nullptr;
    }
    const QDir dir = target.absoluteDir();
    if (!dir.exists()) {
        *error = tr("The folder %1 does not exist.").arg(dir.path());
        return nullptr;
    }

    // Build the plan in a private temporary file beside the target and move it into place
    // only when complete: the user never sees a half-made plan.
    const QString temporaryPath = OutputFile::reserveBeside(path, error);
    if (temporaryPath.isEmpty())
        return nullptr;

    const InterruptCleanup cleanup(temporaryPath);
    bool built = false;
    QString detail;
    {
        PlanDatabase building(temporaryPath, false);
        if (building.openConnection(&detail)) {
            QSqlDatabase db = building.connection();
            // One transaction for all of it: each write of populate is a savepoint of it,
            // not a commit of its own (20,000 records would be 20,000 syncs to disk).
            built = SchemaMigrator::migrate(db, &detail)
                    && (!populate || runInTransaction(db, &detail, [&] { return populate(building, &detail); }));
        }
    }
    if (built && !QFile::rename(temporaryPath, path)) {
        built = false;
        detail = tr("cannot move the new plan into place");
    }
    if (!built) {
        QFile::remove(temporaryPath);
        QFile::remove(temporaryPath + QStringLiteral("-journal"));
        *error = tr("Could not create %1: %2").arg(target.fileName(), detail);
        return nullptr;
    }
    return open(path, upkeep, error);
}

} // namespace careerplanner
