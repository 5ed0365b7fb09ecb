// Creating plan files, and refusing every kind of file that is not a usable plan while
// leaving it byte-for-byte as it was.
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanRules.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "core/plan/PlanSessionLoader.h"
#include "core/storage/SchemaMigrator.h"
#include "TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace careerplanner;
using testfiles::queryValue;
using testfiles::readBytes;
using testfiles::writeBytes;

class TestPlanFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createdPlanIsPrivateAndTyped();
    void connectionSettings();
    void createRefusesExistingFile();
    void failedCreateLeavesNothing();
    void defaultPlanIsCreatedOnFirstRun();
    void missingPathIsNotCreated();
    void folderIsRefused();
    void badFiles_data();
    void badFiles();
    void truncatedPlans_data();
    void truncatedPlans();
    void aPlanReadOnAnotherThreadIsEditedOnThisOne();
    void reportRulesAreCheckedWhileTheWindowIsShown_data();
    void reportRulesAreCheckedWhileTheWindowIsShown();

private:
    QString makePlan(const QString &name);
    QTemporaryDir *m_dir = nullptr;
};

void TestPlanFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPlanFile::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestPlanFile::cleanup()
{
    delete m_dir;
}

QString TestPlanFile::makePlan(const QString &name)
{
    const QString path = m_dir->filePath(name);
    QString error;
    auto plan = PlanFactory::createWithReferenceLadders(path, &error);
    if (!plan)
        qFatal("cannot create test plan: %s", qPrintable(error));
    return path;
}

void TestPlanFile::createdPlanIsPrivateAndTyped()
{
    const QString path = makePlan(QStringLiteral("new.careerplan"));
    struct stat status;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, 0600u);
    QCOMPARE(queryValue(path, QStringLiteral("PRAGMA application_id")).toUInt(), SchemaMigrator::ApplicationId);
    QCOMPARE(queryValue(path, QStringLiteral("PRAGMA user_version")).toInt(), SchemaMigrator::latestVersion());
    QCOMPARE(queryValue(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    QCOMPARE(queryValue(path, QStringLiteral("SELECT count(*) FROM ladder")).toInt(), 3);
    // Only the plan is left in the folder: no temporary file, no journal.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("new.careerplan") });
}

void TestPlanFile::connectionSettings()
{
    const QString path = makePlan(QStringLiteral("pragmas.careerplan"));
    QString error;
    auto plan = PlanDatabase::open(path, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
    QSqlQuery query(plan->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("delete"));
}

void TestPlanFile::createRefusesExistingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("exists.careerplan"));
    QVERIFY(writeBytes(path, "precious"));
    QString error;
    QVERIFY(!PlanFactory::createWithReferenceLadders(path, &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
    QCOMPARE(readBytes(path), QByteArray("precious"));
}

void TestPlanFile::failedCreateLeavesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("fails.careerplan"));
    QString error;
    auto plan = PlanDatabase::create(
        path,
        [](PlanDatabase &, QString *e) {
            *e = QStringLiteral("populate failed on purpose");
            return false;
        },
        PlanRules::upkeep(), &error);
    QVERIFY(!plan);
    QVERIFY(error.contains(QStringLiteral("on purpose")));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestPlanFile::defaultPlanIsCreatedOnFirstRun()
{
    const QString path = PlanFactory::defaultPlanPath();
    QFile::remove(path);
    QString error;
    {
        auto plan = PlanFactory::openOrCreateDefault(&error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->path(), path);
    }
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(queryValue(path, QStringLiteral("SELECT count(*) FROM level")).toInt(), 11);
    // Second run opens the same file instead of making a new one.
    const QByteArray bytes = readBytes(path);
    QVERIFY(PlanFactory::openOrCreateDefault(&error));
    QCOMPARE(readBytes(path), bytes);
    QFile::remove(path);
}

void TestPlanFile::missingPathIsNotCreated()
{
    const QString path = m_dir->filePath(QStringLiteral("missing.careerplan"));
    QString error;
    QVERIFY(!PlanDatabase::open(path, PlanRules::upkeep(), &error));
    QVERIFY(error.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(path));
}

void TestPlanFile::folderIsRefused()
{
    QString error;
    QVERIFY(!PlanDatabase::open(m_dir->path(), PlanRules::upkeep(), &error));
    QVERIFY(error.contains(QStringLiteral("folder")));
}

void TestPlanFile::badFiles_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("empty file") << 0 << QStringLiteral("is empty");
    QTest::newRow("random bytes") << 1 << QStringLiteral("not an SQLite database");
    QTest::newRow("text file") << 2 << QStringLiteral("not an SQLite database");
    QTest::newRow("another application's SQLite file") << 3 << QStringLiteral("another application");
    QTest::newRow("plan from a newer version") << 4 << QStringLiteral("newer Career Planner");
    QTest::newRow("damaged page") << 5 << QStringLiteral("damaged");
    QTest::newRow("our id but no schema") << 6 << QStringLiteral("damaged");
    // Only an index the plan is not read through: the read succeeds, the check does not.
    QTest::newRow("damaged index page") << 7 << QStringLiteral("damaged");
}

void TestPlanFile::badFiles()
{
    QFETCH(int, kind);
    QFETCH(QString, reasonPart);
    const QString path = m_dir->filePath(QStringLiteral("bad.careerplan"));
    switch (kind) {
    case 0:
        QVERIFY(writeBytes(path, QByteArray()));
        break;
    case 1: {
        QByteArray noise(8192, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : noise)
            c = static_cast<char>(generator.bounded(256));
        QVERIFY(writeBytes(path, noise));
        break;
    }
    case 2:
        QVERIFY(writeBytes(path, "name,level\nJordan,Program Manager\n"));
        break;
    case 3: {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        break;
    }
    case 4:
    case 6: {
        makePlan(QStringLiteral("bad.careerplan"));
        QByteArray bytes = readBytes(path);
        // user_version sits at byte 60 of the SQLite header, big-endian.
        bytes[60] = 0;
        bytes[61] = 0;
        bytes[62] = 0;
        bytes[63] = kind == 4 ? char(99) : char(0);
        QVERIFY(writeBytes(path, bytes));
        break;
    }
    case 7: {
        makePlan(QStringLiteral("bad.careerplan"));
        QVERIFY(testfiles::damageIndexPage(path, QStringLiteral("one_primary_scenario")));
        break;
    }
    case 5: {
        makePlan(QStringLiteral("bad.careerplan"));
        QByteArray bytes = readBytes(path);
        for (int i = 4096 * 3; i < 4096 * 5 && i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(0xA5 ^ i);
        QVERIFY(writeBytes(path, bytes));
        break;
    }
    }
    const QByteArray before = readBytes(path);
    QString error;
    QVERIFY(!PlanDatabase::open(path, PlanRules::upkeep(), &error));
    QVERIFY2(error.contains(reasonPart), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!PlanDatabase::openReadOnly(path, &error));
    QCOMPARE(readBytes(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));

    // The window's way, the check running while the window is built from what was read:
    // refused all the same, at opening or when verified, and nothing written before.
    QString deferredError;
    if (auto plan
        = PlanDatabase::open(path, PlanRules::upkeep(), &deferredError, PlanDatabase::ContentCheck::Deferred)) {
        const QString write = QStringLiteral("UPDATE plan_info SET value = value");
        QVERIFY(!QSqlQuery(plan->connection()).exec(write)); // SQLite's query_only until verified
        QVERIFY(!plan->verified(&deferredError));
        QVERIFY(!QSqlQuery(plan->connection()).exec(write));
    }
    QVERIFY2(deferredError.contains(reasonPart), qPrintable(deferredError));
    QString sessionError;
    auto session = PlanSession::open(path, &sessionError, PlanDatabase::ContentCheck::Deferred);
    QVERIFY(kind != 7 || session); // only its index is damaged: it reads fine
    QVERIFY(!session || !session->verified(&sessionError));
    QCOMPARE(sessionError, deferredError);
    QVERIFY(!deferredError.contains(QLatin1Char('\n')));
    session.reset();
    // And the app's way, read on another thread while the window is made.
    QString loadedError;
    PlanSessionLoader loader(
        [&path](QString *failure) { return PlanSession::open(path, failure, PlanDatabase::ContentCheck::Deferred); });
    session = loader.take(&loadedError);
    QVERIFY(!session || !session->verified(&loadedError));
    QCOMPARE(loadedError, deferredError);
    session.reset();
    QCOMPARE(readBytes(path), before);
}

void TestPlanFile::truncatedPlans_data()
{
    QTest::addColumn<int>("keep");
    for (int keep : { 1, 15, 50, 99, 100, 1024, 4096, 8192, 20000 })
        QTest::addRow("first %d bytes", keep) << keep;
    QTest::newRow("all but the last byte") << -1;
}

void TestPlanFile::truncatedPlans()
{
    QFETCH(int, keep);
    const QString path = makePlan(QStringLiteral("cut.careerplan"));
    const QByteArray whole = readBytes(path);
    QVERIFY(whole.size() > 20000);
    QVERIFY(writeBytes(path, whole.left(keep < 0 ? whole.size() - 1 : keep)));
    const QByteArray before = readBytes(path);
    QString error;
    QVERIFY(!PlanDatabase::open(path, PlanRules::upkeep(), &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QCOMPARE(readBytes(path), before);
}

void TestPlanFile::aPlanReadOnAnotherThreadIsEditedOnThisOne()
{
    const QString path = makePlan(QStringLiteral("threaded.careerplan"));
    QThread *readOn = nullptr;
    PlanSessionLoader loader([&](QString *error) {
        readOn = QThread::currentThread();
        return PlanSession::open(path, error, PlanDatabase::ContentCheck::Deferred);
    });
    QString error;
    std::unique_ptr<PlanSession> session = loader.take(&error);
    QVERIFY2(session, qPrintable(error));
    QVERIFY(readOn != QThread::currentThread());
    // Handed over whole: the session and its connection answer here (Qt warns, fatally in
    // this test, when a connection is used on a thread it does not belong to).
    QCOMPARE(session->thread(), QThread::currentThread());
    QVERIFY2(session->verified(&error), qPrintable(error));
    const int ladders = static_cast<int>(session->ladderStore().ladders().size());
    QVERIFY(ladders > 0);
    CareerLadder ladder;
    ladder.name = QStringLiteral("Read elsewhere, edited here");
    QVERIFY2(session->ladderStore().addLadder(ladder, &error), qPrintable(error));
    session.reset();

    auto reopened = PlanSession::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->ladderStore().ladders().size(), ladders + 1);
    QCOMPARE(reopened->ladderStore().ladders().last().name, ladder.name);
}

void TestPlanFile::reportRulesAreCheckedWhileTheWindowIsShown_data()
{
    QTest::addColumn<QString>("breach"); // a row written past the table's CHECK rules
    QTest::addColumn<bool>("verified"); // what the quick check before the window says
    QTest::addColumn<bool>("settled"); // and the whole one, with CHECK rules, after it
    QTest::newRow("sound") << QString() << true << true;
    QTest::newRow("negative base pay") << QStringLiteral("UPDATE market_report SET base = -5") << true << false;
    QTest::newRow("another table's rule") << QStringLiteral("UPDATE market_import SET rows_read = -1") << true << false;
    QTest::newRow("a report without its import") << QStringLiteral("UPDATE market_import SET id = 2") << true << false;
}

void TestPlanFile::reportRulesAreCheckedWhileTheWindowIsShown()
{
    QFETCH(QString, breach);
    QFETCH(bool, verified);
    QFETCH(bool, settled);
    const QString path = makePlan(QStringLiteral("reports.careerplan"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO market_import VALUES (1, 'pay.csv', '2026-01-05', 'own', 1)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO market_report (import_id, fingerprint, occurrence, currency, "
                                          "base) VALUES (1, 7, 1, 'USD', 15000000)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(breach.isEmpty() || query.exec(breach));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outside"));
    const QByteArray before = readBytes(path);

    QString error;
    auto session = PlanSession::open(path, &error, PlanDatabase::ContentCheck::ReportsLast);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->verified(&error), verified);
    QCOMPARE(session->settled(&error), settled);
    QCOMPARE(error.isEmpty(), settled);
    CareerLadder ladder;
    ladder.name = QStringLiteral("Added once the check passed");
    // An edit waits for the reports' rules: refused, and nothing written, if they failed.
    QCOMPARE(session->ladderStore().addLadder(ladder, &error), settled);
    session.reset();
    if (!settled)
        QCOMPARE(readBytes(path), before);
    else
        QVERIFY(readBytes(path) != before);
}

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
