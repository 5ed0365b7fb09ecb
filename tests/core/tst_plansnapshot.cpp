// Copies and backups of an open plan, and the lock that keeps a second writer out.
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanRules.h"
#include "core/plan/PlanFactory.h"
#include "core/io/PlanJson.h"
#include "core/plan/PlanSession.h"
#include "core/storage/PlanSnapshot.h"
#include "core/storage/SchemaMigrator.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace careerplanner;

class TestPlanSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void copyIsTheSamePlanReadableByItsOwnerOnly();
    void copyReplacesATargetWholeAndRefusesThePlanItself();
    void backupsKeepTheNewestSeven();
    void dailyBackupOncePerDay();
    void migrationIsPrecededByABackup();
    void secondWriterIsRefusedAndTheFileUntouched();
    void aFileReplacedOnDiskIsNotWrittenOver_data();
    void aFileReplacedOnDiskIsNotWrittenOver();

private:
    QByteArray exported(const QString &path);

    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    std::unique_ptr<PlanDatabase> m_plan;
};

void TestPlanSnapshot::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("mine.careerplan"));
    QString error;
    m_plan = PlanFactory::createSample(m_path, &error);
    QVERIFY2(m_plan, qPrintable(error));
}

void TestPlanSnapshot::cleanup()
{
    m_plan.reset();
    delete m_dir;
}

QByteArray TestPlanSnapshot::exported(const QString &path)
{
    QString error;
    auto plan = PlanDatabase::openReadOnly(path, &error);
    if (!plan)
        return error.toUtf8();
    QByteArray json;
    if (!PlanJson::exportPlan(*plan, &json, &error))
        return error.toUtf8();
    return json;
}

void TestPlanSnapshot::copyIsTheSamePlanReadableByItsOwnerOnly()
{
    const QString copy = m_dir->filePath(QStringLiteral("copy.careerplan"));
    QString error;
    QVERIFY2(PlanSnapshot::copyTo(m_plan->connection(), copy, &error), qPrintable(error));
    QCOMPARE(QFileInfo(copy).permissions() & 0x0077, QFileDevice::Permissions()); // nothing for group or others
    QVERIFY(QFileInfo(copy).permissions() & QFileDevice::ReadOwner);
    QCOMPARE(PlanDatabase::checkReadOnly(copy), QString());
    const QByteArray original = exported(m_path);
    QVERIFY(original.startsWith('{'));
    QCOMPARE(exported(copy), original);
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".copy")), QStringList());
}

void TestPlanSnapshot::copyReplacesATargetWholeAndRefusesThePlanItself()
{
    const QString copy = m_dir->filePath(QStringLiteral("copy.careerplan"));
    QVERIFY(testfiles::writeBytes(copy, "an older copy"));
    QString error;
    QVERIFY2(PlanSnapshot::copyTo(m_plan->connection(), copy, &error), qPrintable(error));
    QCOMPARE(PlanDatabase::checkReadOnly(copy), QString());

    const QByteArray before = testfiles::readBytes(m_path);
    QVERIFY(!PlanSnapshot::copyTo(m_plan->connection(), m_path, &error));
    QVERIFY(error.contains(QStringLiteral("cannot replace")));
    QCOMPARE(testfiles::readBytes(m_path), before);
    QVERIFY(!PlanSnapshot::copyTo(m_plan->connection(), m_dir->filePath(QStringLiteral("no/such/dir/x.careerplan")),
                                  &error));
    QVERIFY(error.contains(QStringLiteral("does not exist")));
}

void TestPlanSnapshot::backupsKeepTheNewestSeven()
{
    QString error;
    QStringList made;
    for (int i = 0; i < PlanSnapshot::BackupsKept + 2; ++i) {
        QVERIFY2(PlanSnapshot::backup(m_plan->connection(), m_path, PlanSnapshot::Reason::Daily, &error),
                 qPrintable(error));
        made = PlanSnapshot::backups(m_path);
        QTest::qWait(2); // stamps are to the millisecond
    }
    QCOMPARE(made.size(), PlanSnapshot::BackupsKept);
    for (const QString &backup : made) {
        QCOMPARE(QFileInfo(backup).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(PlanDatabase::checkReadOnly(backup), QString());
    }
    QCOMPARE(QFileInfo(PlanSnapshot::backupFolder(m_path)).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(exported(made.constLast()), exported(m_path));
}

void TestPlanSnapshot::dailyBackupOncePerDay()
{
    QString error;
    const QDate today = QDate::currentDate();
    QVERIFY(PlanSnapshot::backups(m_path).isEmpty());
    QVERIFY2(PlanSnapshot::backupIfDue(m_plan->connection(), m_path, today, &error), qPrintable(error));
    QVERIFY2(PlanSnapshot::backupIfDue(m_plan->connection(), m_path, today, &error), qPrintable(error));
    QCOMPARE(PlanSnapshot::backups(m_path).size(), 1);
    QVERIFY(
        QFileInfo(PlanSnapshot::backups(m_path).constFirst()).fileName().endsWith(QStringLiteral("-daily.careerplan")));
    // Tomorrow the one from today does not count.
    QVERIFY2(PlanSnapshot::backupIfDue(m_plan->connection(), m_path, today.addDays(1), &error), qPrintable(error));
    QCOMPARE(PlanSnapshot::backups(m_path).size(), 2);
}

void TestPlanSnapshot::migrationIsPrecededByABackup()
{
    const QString old = m_dir->filePath(QStringLiteral("old.careerplan"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(old);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(SchemaMigrator::migrate(db, SchemaMigrator::builtInScripts().mid(0, 3), &error), qPrintable(error));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    const QByteArray before = testfiles::readBytes(old);
    QString error;
    auto plan = PlanDatabase::open(old, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(SchemaMigrator::schemaVersion(plan->connection()), SchemaMigrator::latestVersion());
    const QStringList backups = PlanSnapshot::backups(old);
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.constFirst().endsWith(QStringLiteral("-before-update.careerplan")));
    QCOMPARE(testfiles::queryValue(backups.constFirst(), QStringLiteral("PRAGMA user_version")).toInt(), 3);
    QVERIFY(testfiles::readBytes(old) != before); // the plan itself moved on
}

void TestPlanSnapshot::secondWriterIsRefusedAndTheFileUntouched()
{
    const QByteArray before = testfiles::readBytes(m_path);
    QString error;
    QVERIFY(!PlanDatabase::open(m_path, PlanRules::upkeep(), &error));
    QVERIFY2(error.contains(QStringLiteral("already open in another Career Planner")), qPrintable(error));
    QCOMPARE(QFileInfo(m_path + QStringLiteral(".lock")).permissions() & 0x0077, QFileDevice::Permissions());
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(testfiles::readBytes(m_path), before);
    // Reading is still allowed (checks, exports), and once the first lets go, a writer may open it.
    QVERIFY(PlanDatabase::openReadOnly(m_path, &error));
    m_plan.reset();
    m_plan = PlanDatabase::open(m_path, PlanRules::upkeep(), &error);
    QVERIFY2(m_plan, qPrintable(error));
}

void TestPlanSnapshot::aFileReplacedOnDiskIsNotWrittenOver_data()
{
    QTest::addColumn<bool>("replaced"); // else deleted
    QTest::addRow("replaced by another file") << true;
    QTest::addRow("deleted") << false;
}

void TestPlanSnapshot::aFileReplacedOnDiskIsNotWrittenOver()
{
    QFETCH(bool, replaced);
    QString error;
    auto session = PlanSession::load(std::move(m_plan), &error);
    QVERIFY2(session, qPrintable(error));
    Story story;
    story.title = QStringLiteral("Written while the file is ours");
    QVERIFY2(session->storyStore().saveStory(story, &error), qPrintable(error));
    const int stories = static_cast<int>(session->storyStore().stories().size());

    // Another program puts a different file in its place (or removes it).
    const QString other = m_dir->filePath(QStringLiteral("restored.careerplan"));
    QVERIFY(PlanFactory::createWithReferenceLadders(other, &error));
    QFile::remove(other + QStringLiteral(".lock"));
    if (replaced)
        QVERIFY(std::rename(QFile::encodeName(other).constData(), QFile::encodeName(m_path).constData()) == 0);
    else
        QVERIFY(QFile::remove(m_path));
    const QByteArray onDisk = replaced ? testfiles::readBytes(m_path) : QByteArray();

    story.title = QStringLiteral("Written after the file was swapped");
    QVERIFY(!session->storyStore().saveStory(story, &error));
    QVERIFY2(error.contains(QStringLiteral("moved, replaced or deleted on disk")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(static_cast<int>(session->storyStore().stories().size()), stories);
    // A statement committing on its own is refused too.
    QVERIFY(!session->storyStore().removeStory(0, &error));
    QVERIFY(error.contains(QStringLiteral("moved, replaced or deleted on disk")));
    if (replaced)
        QCOMPARE(testfiles::readBytes(m_path), onDisk);
    else
        QVERIFY(!QFileInfo::exists(m_path));
}

QTEST_GUILESS_MAIN(TestPlanSnapshot)
#include "tst_plansnapshot.moc"
