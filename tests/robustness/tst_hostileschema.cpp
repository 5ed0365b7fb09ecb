// A plan carrying objects the program never made (a trigger that deletes the pay history
// when a story is added, a view, an extra table, column or index, an index on an
// expression that would take hours to check) is refused, with the first object named, and
// left byte for byte as it was; --check lists every such object and returns at once; a
// cleaned copy keeps the records and leaves the objects out.
#include "core/plan/PlanChecker.h"
#include "core/plan/PlanRules.h"
#include "core/storage/PlanCleaner.h"
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanFactory.h"
#include "core/storage/PlanSnapshot.h"
#include "core/storage/SqlHelpers.h"
#include "PlanFixture.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace careerplanner;

namespace {

// Runs statements on the plan as another program would, with none of the app's defences.
bool tamper(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestHostileSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unexpectedObjectIsRefused_data();
    void unexpectedObjectIsRefused();
    void checkListsEveryObjectAndReturns();
    void connectionsDistrustTheSchema();
    void cleanedCopyKeepsTheRecords();
    void cleanedCopyOfAViewInATablesPlaceIsRefused();

private:
    testfiles::PlanFixture m_fixture;
    QString m_plan;
};

void TestHostileSchema::init()
{
    QVERIFY2(m_fixture.reset(testfiles::PlanFixture::Content::Sample), qPrintable(m_fixture.error()));
    m_plan = m_fixture.plan();
}

void TestHostileSchema::unexpectedObjectIsRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("named");
    QTest::newRow("trigger") << QStringList {
        QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON story BEGIN DELETE FROM pay_history; END")
    } << QStringLiteral("trigger “wipe”");
    QTest::newRow("view") << QStringList { QStringLiteral("CREATE VIEW everything AS SELECT * FROM goal") }
                          << QStringLiteral("view “everything”");
    QTest::newRow("table") << QStringList { QStringLiteral("CREATE TABLE extra (x)") }
                           << QStringLiteral("table “extra”");
    QTest::newRow("column") << QStringList { QStringLiteral("ALTER TABLE goal ADD COLUMN secret TEXT") }
                            << QStringLiteral("changed table “goal”");
    QTest::newRow("index") << QStringList { QStringLiteral("CREATE INDEX slow ON story (length(title) * 2)") }
                           << QStringLiteral("index “slow”");
}

void TestHostileSchema::unexpectedObjectIsRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, named);
    QVERIFY(tamper(m_plan, statements));
    const QByteArray before = testfiles::readBytes(m_plan);
    QString error;
    QVERIFY(!PlanDatabase::open(m_plan, PlanRules::upkeep(), &error));
    QVERIFY2(error.contains(named) && error.contains(QStringLiteral("never makes")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!PlanDatabase::openReadOnly(m_plan, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    // Nor is the plan backed up with the object in it, or changed at all.
    QCOMPARE(testfiles::readBytes(m_plan), before);
    QVERIFY(PlanSnapshot::backups(m_plan).isEmpty());
    QVERIFY(PlanCleaner::canClean(m_plan));
}

void TestHostileSchema::checkListsEveryObjectAndReturns()
{
    // An index whose expression would take minutes and gigabytes per row to check: its
    // text is put in the schema after it was built cheaply, as a hostile file could have it.
    QVERIFY(
        tamper(m_plan, { QStringLiteral("CREATE INDEX heavy ON story (length(title))"),
                         QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON story BEGIN DELETE FROM pay_history; END"),
                         QStringLiteral("CREATE VIEW everything AS SELECT * FROM goal"),
                         QStringLiteral("PRAGMA writable_schema = ON"),
                         QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE INDEX heavy ON story "
                                        "(length(printf(''%.*c'', 1000000000, title)))' WHERE name = 'heavy'") }));
    const QByteArray before = testfiles::readBytes(m_plan);
    const PlanChecker::Report report = PlanChecker::check(m_plan);
    QVERIFY(!report.ok);
    const QString text = report.lines.join(QLatin1Char('\n'));
    for (const QString &object :
         { QStringLiteral("index “heavy”"), QStringLiteral("trigger “wipe”"), QStringLiteral("view “everything”") })
        QVERIFY2(text.contains(QStringLiteral("schema: unexpected ") + object), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("integrity:")), qPrintable(text)); // never checked with it there
    QCOMPARE(testfiles::readBytes(m_plan), before);
}

void TestHostileSchema::connectionsDistrustTheSchema()
{
    QString error;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_plan, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
    QSqlQuery query(plan->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA trusted_schema")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // Defensive mode: the schema's storage cannot be written behind SQLite's back.
    QVERIFY(query.exec(QStringLiteral("PRAGMA writable_schema = ON")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE sqlite_schema SET sql = sql WHERE name = 'goal'")));
}

void TestHostileSchema::cleanedCopyKeepsTheRecords()
{
    const int stories = testfiles::queryValue(m_plan, QStringLiteral("SELECT count(*) FROM story")).toInt();
    const int payYears = testfiles::queryValue(m_plan, QStringLiteral("SELECT count(*) FROM pay_history")).toInt();
    QVERIFY(stories > 0 && payYears > 0);
    QVERIFY(
        tamper(m_plan, { QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON story BEGIN DELETE FROM pay_history; END"),
                         QStringLiteral("ALTER TABLE goal ADD COLUMN secret TEXT"),
                         QStringLiteral("CREATE TABLE extra (x)") }));
    const QByteArray before = testfiles::readBytes(m_plan);
    const QString copy = PlanCleaner::suggestedCopyPath(m_plan);
    QVERIFY2(copy.endsWith(QStringLiteral("P (cleaned).careerplan")), qPrintable(copy));
    QString error;
    QVERIFY2(PlanCleaner::saveCleanedCopy(m_plan, copy, &error), qPrintable(error));
    QCOMPARE(testfiles::readBytes(m_plan), before);
    QCOMPARE(QFileInfo(copy).permissions() & 0x0077, QFileDevice::Permissions());
    // The original, as it was, is in the backups folder.
    const QStringList kept
        = QDir(PlanSnapshot::backupFolder(m_plan)).entryList({ QStringLiteral("cleaning-*") }, QDir::Dirs);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(
        testfiles::readBytes(
            QDir(PlanSnapshot::backupFolder(m_plan)).filePath(kept.constFirst() + QStringLiteral("/P.careerplan"))),
        before);

    // The copy opens, holds the records, and adding a story leaves the pay history.
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(copy, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
    QSqlQuery query(plan->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM story")) && query.next());
    QCOMPARE(query.value(0).toInt(), stories);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO story (title) VALUES ('after cleaning')")));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pay_history")) && query.next());
    QCOMPARE(query.value(0).toInt(), payYears);
    plan.reset();
    QVERIFY(PlanChecker::check(copy).ok);
    QVERIFY(!PlanCleaner::saveCleanedCopy(m_plan, copy, &error)); // never over an existing file
}

void TestHostileSchema::cleanedCopyOfAViewInATablesPlaceIsRefused()
{
    QVERIFY(tamper(m_plan, { QStringLiteral("DROP TABLE story_tag"),
                             QStringLiteral("CREATE VIEW story_tag AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                            "SELECT i + 1 FROM n) SELECT i, i, i FROM n") }));
    QString error;
    QVERIFY(!PlanCleaner::saveCleanedCopy(m_plan, m_fixture.filePath(QStringLiteral("copy.careerplan")), &error));
    QVERIFY2(error.contains(QStringLiteral("story_tag")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_fixture.filePath(QStringLiteral("copy.careerplan"))));
}

QTEST_GUILESS_MAIN(TestHostileSchema)
#include "tst_hostileschema.moc"
