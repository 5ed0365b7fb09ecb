// A rollback journal beside a plan is played only when it may be the plan's, after the
// plan and the journal as found are copied into the backups folder, and its result is
// kept only if the plan is sound; a journal that plainly is another file's is never
// played. Read-only readers say what the window would do.
#include "core/storage/JournalRecovery.h"
#include "core/plan/PlanRules.h"
#include "core/plan/PlanChecker.h"
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanFactory.h"
#include "core/storage/PlanSnapshot.h"
#include "PlanFixture.h"
#include "TestFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace careerplanner;

namespace {

// What a crash inside a transaction leaves: the database half written and its journal.
// The transaction is made large with a one-page cache, so SQLite syncs the journal and
// writes changed pages into the file before the "crash" (a copy of both taken then).
bool crashInsideTransaction(const QString &database, const QString &sql, const QString &crashedCopy)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("PRAGMA cache_size = 1")) && query.exec(QStringLiteral("BEGIN"));
            for (const QString &statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                ok = ok && query.exec(statement);
            ok = ok && QFileInfo(database + QStringLiteral("-journal")).size() > 0 && QFile::copy(database, crashedCopy)
                 && QFile::copy(database + QStringLiteral("-journal"), crashedCopy + QStringLiteral("-journal"));
            query.exec(QStringLiteral("ROLLBACK"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Another application's database with a journal: its own page size and application id.
bool foreignDatabaseWithJournal(const QString &path, int pageSize, const QString &crashedCopy,
                                const QString &change = QStringLiteral("UPDATE notes SET text = upper(text)"))
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("PRAGMA page_size = %1").arg(pageSize))
                 && query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)"))
                 && query.exec(
                     QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                    "INSERT INTO notes SELECT printf('note %d of another program', i) FROM n"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok && crashInsideTransaction(path, change, crashedCopy);
}

QStringList recoveryFolders(const QString &plan)
{
    return QDir(PlanSnapshot::backupFolder(plan)).entryList({ QStringLiteral("recovery-*") }, QDir::Dirs);
}

} // namespace

class TestJournals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void journalOfAnotherPageSizeIsNeverPlayed();
    void journalOfAnotherDatabaseIsNeverPlayed_data();
    void journalOfAnotherDatabaseIsNeverPlayed();
    void journalOfAnotherPlanLeavesThePlanAsFound();
    void planOwnJournalIsRolledBackAfterCopies();
    void readersSayWhatTheWindowDoes();
    void fileThatIsNotAPlanKeepsItsJournal();

private:
    void placeJournal(const QString &journal);

    testfiles::PlanFixture m_fixture;
    QString m_plan;
};

void TestJournals::init()
{
    QVERIFY2(m_fixture.reset(testfiles::PlanFixture::Content::Sample), qPrintable(m_fixture.error()));
    m_plan = m_fixture.plan();
}

void TestJournals::placeJournal(const QString &journal)
{
    QVERIFY(QFile::copy(journal, JournalRecovery::journalPath(m_plan)));
}

void TestJournals::journalOfAnotherPageSizeIsNeverPlayed()
{
    const QString other = m_fixture.filePath(QStringLiteral("other.db"));
    const QString crashed = m_fixture.filePath(QStringLiteral("other-crashed.db"));
    QVERIFY(foreignDatabaseWithJournal(other, 1024, crashed));
    placeJournal(crashed + QStringLiteral("-journal"));
    const QByteArray journal = testfiles::readBytes(JournalRecovery::journalPath(m_plan));
    const QByteArray before = testfiles::readBytes(m_plan);

    const JournalRecovery::Examination found = JournalRecovery::examine(m_plan);
    QCOMPARE(found.journal, JournalRecovery::Journal::Foreign);
    QVERIFY2(found.why.contains(QStringLiteral("1024")), qPrintable(found.why));

    QString error;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_plan, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY2(plan->recoveryNotice().contains(QStringLiteral("not this plan's")), qPrintable(plan->recoveryNotice()));
    plan.reset();
    QCOMPARE(testfiles::readBytes(m_plan), before);
    QVERIFY(!QFileInfo::exists(JournalRecovery::journalPath(m_plan)));
    const QStringList folders = recoveryFolders(m_plan);
    QCOMPARE(folders.size(), 1);
    const QString kept = QDir(PlanSnapshot::backupFolder(m_plan))
                             .filePath(folders.constFirst() + QStringLiteral("/P.careerplan-journal"));
    QCOMPARE(testfiles::readBytes(kept), journal);
    QCOMPARE(QFileInfo(kept).permissions() & 0x0077, QFileDevice::Permissions());
}

void TestJournals::journalOfAnotherDatabaseIsNeverPlayed_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("plainlyForeign");
    // A change that allocates a page journals the first page first (its header counts
    // pages), which carries the other database's application id; a change of rows alone
    // may keep no first page at all, and only playing it shows it does not fit.
    QTest::newRow("first page kept") << QStringLiteral("CREATE TABLE more (x); UPDATE notes SET text = upper(text)")
                                     << true;
    QTest::newRow("rows only") << QStringLiteral("UPDATE notes SET text = upper(text)") << false;
}

void TestJournals::journalOfAnotherDatabaseIsNeverPlayed()
{
    QFETCH(QString, change);
    QFETCH(bool, plainlyForeign);
    // Same page size as a plan.
    const QString other = m_fixture.filePath(QStringLiteral("other.db"));
    const QString crashed = m_fixture.filePath(QStringLiteral("other-crashed.db"));
    QVERIFY(foreignDatabaseWithJournal(other, 4096, crashed, change));
    placeJournal(crashed + QStringLiteral("-journal"));
    const QByteArray before = testfiles::readBytes(m_plan);
    if (plainlyForeign)
        QCOMPARE(JournalRecovery::examine(m_plan).journal, JournalRecovery::Journal::Foreign);
    QString error;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_plan, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(!plan->recoveryNotice().isEmpty());
    plan.reset();
    QCOMPARE(testfiles::readBytes(m_plan), before);
    QVERIFY(!QFileInfo::exists(JournalRecovery::journalPath(m_plan)));
}

void TestJournals::journalOfAnotherPlanLeavesThePlanAsFound()
{
    // Another plan's journal looks like this plan's by its header: played, it breaks the
    // plan, which is put back as found.
    const QString other = m_fixture.filePath(QStringLiteral("Q.careerplan"));
    const QString crashed = m_fixture.filePath(QStringLiteral("Q-crashed.careerplan"));
    QString error;
    QVERIFY2(PlanFactory::createWithReferenceLadders(other, &error), qPrintable(error));
    QVERIFY(crashInsideTransaction(other,
                                   QStringLiteral("UPDATE level_item SET text = text || ' (changed)'; "
                                                  "DELETE FROM salary_band"),
                                   crashed));
    placeJournal(crashed + QStringLiteral("-journal"));
    const QByteArray before = testfiles::readBytes(m_plan);
    QCOMPARE(JournalRecovery::examine(m_plan).journal, JournalRecovery::Journal::Plausible);

    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_plan, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY2(plan->recoveryNotice().contains(QStringLiteral("put back as found")), qPrintable(plan->recoveryNotice()));
    plan.reset();
    QCOMPARE(testfiles::readBytes(m_plan), before);
    QVERIFY(!QFileInfo::exists(JournalRecovery::journalPath(m_plan)));
    const QStringList folders = recoveryFolders(m_plan);
    QCOMPARE(folders.size(), 1);
    const QDir kept(QDir(PlanSnapshot::backupFolder(m_plan)).filePath(folders.constFirst()));
    QCOMPARE(testfiles::readBytes(kept.filePath(QStringLiteral("P.careerplan"))), before);
    QCOMPARE(testfiles::readBytes(kept.filePath(QStringLiteral("P.careerplan-journal"))),
             testfiles::readBytes(crashed + QStringLiteral("-journal")));
    QVERIFY(PlanChecker::check(m_plan).ok);
}

void TestJournals::planOwnJournalIsRolledBackAfterCopies()
{
    const QString crashed = m_fixture.filePath(QStringLiteral("P-crashed.careerplan"));
    const QByteArray before = testfiles::readBytes(m_plan);
    QVERIFY(crashInsideTransaction(m_plan, QStringLiteral("DELETE FROM story; DELETE FROM pay_history"), crashed));
    QCOMPARE(testfiles::readBytes(m_plan), before); // the transaction was rolled back here
    // The crashed pair takes the plan's place.
    QVERIFY(QFile::remove(m_plan));
    QVERIFY(QFile::copy(crashed, m_plan));
    placeJournal(crashed + QStringLiteral("-journal"));
    const QByteArray asFound = testfiles::readBytes(m_plan);
    QVERIFY(asFound != before); // changed pages reached the file before the "crash"

    QString error;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_plan, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY2(plan->recoveryNotice().contains(QStringLiteral("rolled back")), qPrintable(plan->recoveryNotice()));
    plan.reset();
    QVERIFY(testfiles::queryValue(m_plan, QStringLiteral("SELECT count(*) FROM story")).toInt() > 0);
    QVERIFY(testfiles::queryValue(m_plan, QStringLiteral("SELECT count(*) FROM pay_history")).toInt() > 0);
    const QStringList folders = recoveryFolders(m_plan);
    QCOMPARE(folders.size(), 1);
    const QDir kept(QDir(PlanSnapshot::backupFolder(m_plan)).filePath(folders.constFirst()));
    QCOMPARE(testfiles::readBytes(kept.filePath(QStringLiteral("P.careerplan"))), asFound);
}

void TestJournals::readersSayWhatTheWindowDoes()
{
    const QString other = m_fixture.filePath(QStringLiteral("other.db"));
    const QString crashed = m_fixture.filePath(QStringLiteral("other-crashed.db"));
    QVERIFY(foreignDatabaseWithJournal(other, 1024, crashed));
    placeJournal(crashed + QStringLiteral("-journal"));
    const QByteArray before = testfiles::readBytes(m_plan);
    const QByteArray journal = testfiles::readBytes(JournalRecovery::journalPath(m_plan));
    QString error;
    QVERIFY(!PlanDatabase::openReadOnly(m_plan, &error));
    QVERIFY2(error.contains(QStringLiteral("not this plan's")) && error.contains(QStringLiteral("never be played")),
             qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    const PlanChecker::Report report = PlanChecker::check(m_plan);
    QVERIFY(!report.ok);
    QVERIFY2(report.lines.join(QLatin1Char('\n')).contains(QStringLiteral("not this plan's")),
             qPrintable(report.lines.join(QLatin1Char('\n'))));
    QCOMPARE(testfiles::readBytes(m_plan), before);
    QCOMPARE(testfiles::readBytes(JournalRecovery::journalPath(m_plan)), journal);
}

void TestJournals::fileThatIsNotAPlanKeepsItsJournal()
{
    // Another program's database with its own unfinished change: refused, and neither it
    // nor its journal touched (rolling it back is that program's business).
    const QString other = m_fixture.filePath(QStringLiteral("other.db"));
    const QString crashed = m_fixture.filePath(QStringLiteral("other-crashed.db"));
    QVERIFY(foreignDatabaseWithJournal(other, 4096, crashed));
    const QByteArray database = testfiles::readBytes(crashed);
    const QByteArray journal = testfiles::readBytes(crashed + QStringLiteral("-journal"));
    QString error;
    QVERIFY(!PlanDatabase::open(crashed, PlanRules::upkeep(), &error));
    QVERIFY2(error.contains(QStringLiteral("another application")), qPrintable(error));
    QCOMPARE(testfiles::readBytes(crashed), database);
    QCOMPARE(testfiles::readBytes(crashed + QStringLiteral("-journal")), journal);
    QVERIFY(!QFileInfo::exists(PlanSnapshot::backupFolder(crashed)));
}

QTEST_GUILESS_MAIN(TestJournals)
#include "tst_journals.moc"
