#pragma once

#include "core/storage/PlanFileInspector.h"
#include "core/storage/PlanUpkeep.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <future>
#include <memory>

class QThread;

namespace careerplanner {

class PlanFileGuard;
class PlanLock;

// One open plan file: a named SQLite connection used only from one thread at a time (the
// one that opened it, or the one it was handed over to).
// Opening never creates or changes a file that is refused; creating never leaves a
// half-made file at the target path.
class PlanDatabase
{
public:
    using Populate = std::function<bool(PlanDatabase &plan, QString *error)>;

    static QString fileExtension() { return QStringLiteral("careerplan"); }

    // When the whole-file check of an existing plan runs (on a large plan it costs about
    // as much as reading the plan): before open returns, or on another thread once the
    // caller starts it (startContentCheck), for instance beside the plan's read. Until
    // verified() has seen the deferred check pass, the connection writes nothing (SQLite's
    // query_only), so a file that fails it is left as it was.
    // ReportsLast, for the window: the structure of every table but the market reports is
    // checked before verified() passes, the whole file with its CHECK rules while the window
    // is shown; the file stays query_only until settled() has seen that pass.
    enum class ContentCheck { BeforeReturning, Deferred, ReportsLast };

    // Opens an existing plan, migrating an older schema forward (after a backup beside it).
    // nullptr and a one-line reason when the file is missing, not a plan, damaged, from a
    // newer version, or open for writing in another process (a lock file beside it says so).
    // upkeep: what a journal found beside it and a migration need of the layers above.
    static std::unique_ptr<PlanDatabase> open(const QString &path, const PlanUpkeep &upkeep, QString *error,
                                              ContentCheck check = ContentCheck::BeforeReturning);

    // Opens a plan for reading only (no migration, nothing written): for checks and exports.
    static std::unique_ptr<PlanDatabase> openReadOnly(const QString &path, QString *error,
                                                      ContentCheck check = ContentCheck::BeforeReturning);

    // A second, read-only connection to a plan this process has open (and so has inspected
    // and locked): for reading part of it on another thread. Nothing checked, nothing written.
    static std::unique_ptr<PlanDatabase> openSecondReader(const QString &path, QString *error);

    // Creates a new plan (mode 0600) with the current schema, filled by populate. Refuses
    // an existing path. It is built in a temporary file and renamed into place only when
    // populate succeeded, so the path holds a complete plan or nothing. It is then opened
    // as open() opens it, with upkeep.
    static std::unique_ptr<PlanDatabase> create(const QString &path, const Populate &populate, const PlanUpkeep &upkeep,
                                                QString *error);

    // What a failed check is about: the file's content, another program holding the file,
    // or objects in its schema that the program never makes.
    enum class Problem { Damaged, Busy, ForeignSchema };
    // Schema, integrity (CHECK rules included) and foreign-key checks through a connection
    // that writes nothing; empty if fine, else the problem (of the kind put in *kind).
    // scope and stop: see PlanFileInspector::inspectContent.
    static QString checkReadOnly(const QString &path, Problem *kind = nullptr,
                                 PlanFileInspector::Scope scope = PlanFileInspector::Scope::Whole,
                                 CheckInterrupter *stop = nullptr);

    ~PlanDatabase();
    PlanDatabase(const PlanDatabase &) = delete;
    PlanDatabase &operator=(const PlanDatabase &) = delete;

    // Starts a deferred check on another thread; nothing if none is owed or it runs.
    void startContentCheck();
    // Waits for a deferred check (starting it if need be): false, with the one-line reason
    // the file is refused, if it failed. True at once when the check ran before opening.
    bool verified(QString *error);
    // After verified(): waits for the whole-file part of a ReportsLast check (starting it if
    // need be), and says whether the plan may be written. settling(): that part is owed or
    // still runs. startWholeCheck(): begins it on its own thread, once the window is painted,
    // since beside the first paint it slowed the paint by a tenth on two cores.
    bool settled(QString *error);
    bool settling() const;
    void startWholeCheck();

    // Gives the connection to another thread; called on the thread that has it, which
    // must hold no query on it and not use it afterwards.
    void handOverTo(QThread *thread);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    // What opening found and did about a journal left beside the plan; empty if nothing.
    QString recoveryNotice() const { return m_recoveryNotice; }

private:
    PlanDatabase(const QString &path, bool readOnly);
    static std::unique_ptr<PlanDatabase> openInspected(const QString &path, bool readOnly, ContentCheck check,
                                                       int *schemaVersion, QString *error);
    bool openConnection(QString *error);
    void allowWrites(); // query_only off, once the file has passed its check

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<PlanLock> m_lock; // held while open for writing
    std::unique_ptr<PlanFileGuard> m_guard; // refuses writes once the file is not ours
    bool m_readOnly = false;
    bool m_checksRules = false; // a checker's connection: see openConnection
    // A deferred check: owed (schema version known), running, then its finding kept.
    int m_checkOwedForVersion = 0;
    bool m_reportsLast = false;
    std::future<PlanFileInspector::Verdict> m_contentCheck;
    int m_wholeCheckOwedForVersion = 0; // ReportsLast: verified, the whole file not begun yet
    std::future<PlanFileInspector::Verdict> m_wholeCheck; // ReportsLast: the whole file, once shown
    std::shared_ptr<CheckInterrupter> m_stopChecks = std::make_shared<CheckInterrupter>();
    QString m_contentProblem;
    QString m_recoveryNotice;
};

} // namespace careerplanner
