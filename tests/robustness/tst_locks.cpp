// One writer per plan however it is named, locks that are broken or left behind taken
// over, and true words when a plan cannot be opened: busy, a path too long, a lock that
// cannot be made.
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanRules.h"
#include "core/plan/PlanFactory.h"
#include "core/storage/PlanLock.h"
#include "PlanFixture.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

using namespace careerplanner;

class TestLocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everySpellingMeetsTheSameLock_data();
    void everySpellingMeetsTheSameLock();
    void invalidLockIsTakenOver_data();
    void invalidLockIsTakenOver();
    void unusableLockIsNamed();
    void lockNameTooLongIsSaid();
    void busyPlanIsCalledBusy();
    void lockFolderSomeoneElseMadeIsNotUsed();
    void pathTooLongIsSaid();

private:
    testfiles::PlanFixture m_fixture;
    QString m_plan;
};

void TestLocks::init()
{
    QVERIFY2(m_fixture.reset(testfiles::PlanFixture::Content::ReferenceLadders), qPrintable(m_fixture.error()));
    m_plan = m_fixture.plan();
}

void TestLocks::everySpellingMeetsTheSameLock_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("symbolic link") << QStringLiteral("symbolic link");
    QTest::newRow("hard link") << QStringLiteral("hard link");
    QTest::newRow("dotted path") << QStringLiteral("dotted path");
}

void TestLocks::everySpellingMeetsTheSameLock()
{
    QFETCH(QString, spelling);
    QString other;
    if (spelling == QLatin1String("symbolic link")) {
        other = m_fixture.filePath(QStringLiteral("link.careerplan"));
        QVERIFY(QFile::link(m_plan, other));
    } else if (spelling == QLatin1String("hard link")) {
        QVERIFY(QDir(m_fixture.folder()).mkdir(QStringLiteral("elsewhere")));
        other = m_fixture.filePath(QStringLiteral("elsewhere/same.careerplan"));
        QCOMPARE(::link(QFile::encodeName(m_plan).constData(), QFile::encodeName(other).constData()), 0);
    } else {
        QVERIFY(QDir(m_fixture.folder()).mkdir(QStringLiteral("sub")));
        other = m_fixture.filePath(QStringLiteral("sub/../P.careerplan"));
    }
    QString error;
    std::unique_ptr<PlanDatabase> first = PlanDatabase::open(m_plan, PlanRules::upkeep(), &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(!PlanDatabase::open(other, PlanRules::upkeep(), &error));
    QVERIFY2(error.contains(QStringLiteral("already open in another Career Planner")), qPrintable(error));
    // And the other way round.
    first.reset();
    std::unique_ptr<PlanDatabase> second = PlanDatabase::open(other, PlanRules::upkeep(), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(!PlanDatabase::open(m_plan, PlanRules::upkeep(), &error));
    QVERIFY2(error.contains(QStringLiteral("already open in another Career Planner")), qPrintable(error));
}

void TestLocks::invalidLockIsTakenOver_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("unreadable");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("garbage") << QByteArray("\x01\x02 not a lock \xff") << false;
    QTest::newRow("process 0") << QByteArray("0\ncareerplanner\nsomehost\n") << false;
    QTest::newRow("process gone") << QByteArray("999999999\ncareerplanner\n") << false;
    QTest::newRow("unreadable") << QByteArray("1\ncareerplanner\n") << true;
}

void TestLocks::invalidLockIsTakenOver()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, unreadable);
    const QString lock = PlanLock::besidePath(m_plan);
    QVERIFY(testfiles::writeBytes(lock, content));
    if (unreadable) {
        QVERIFY(QFile::setPermissions(lock, QFileDevice::Permissions()));
        if (::geteuid() == 0) // root reads it anyway; a lock it can read but not parse stands in
            QVERIFY(testfiles::writeBytes(lock, "not\na\nlock"));
    }
    QString error;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_plan, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
    // The lock is ours now: a second opening is refused.
    QVERIFY(!PlanDatabase::open(m_plan, PlanRules::upkeep(), &error));
    QVERIFY2(error.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())), qPrintable(error));
}

void TestLocks::unusableLockIsNamed()
{
    const QString lock = PlanLock::besidePath(m_plan);
    QVERIFY(QDir().mkdir(lock));
    const QByteArray before = testfiles::readBytes(m_plan);
    QString error;
    QVERIFY(!PlanDatabase::open(m_plan, PlanRules::upkeep(), &error));
    QVERIFY2(error.contains(lock) && error.contains(QStringLiteral("is a folder")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(testfiles::readBytes(m_plan), before);
}

void TestLocks::lockNameTooLongIsSaid()
{
    // A plan name the file system takes, with no room left for ".lock".
    const QString name = QString(253 - 11, QLatin1Char('n')) + QStringLiteral(".careerplan");
    const QString path = m_fixture.filePath(name);
    QVERIFY(QFile::copy(m_plan, path));
    QString error;
    QVERIFY(!PlanDatabase::open(path, PlanRules::upkeep(), &error));
    QVERIFY2(error.contains(QStringLiteral("name is too long")), qPrintable(error));
}

void TestLocks::lockFolderSomeoneElseMadeIsNotUsed()
{
    // Without a session runtime folder the locks by identity go to a folder of the user's
    // own in the temporary folder; one that is a link planted there is not followed.
    QTemporaryDir temporary;
    QTemporaryDir elsewhere;
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    const QByteArray tmpdir = qgetenv("TMPDIR");
    qunsetenv("XDG_RUNTIME_DIR");
    qputenv("TMPDIR", QFile::encodeName(temporary.path()));
    const QString planted = temporary.filePath(QStringLiteral("careerplanner-%1").arg(::getuid()));
    QVERIFY(QFile::link(elsewhere.path(), planted));
    QString error;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_plan, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error)); // the lock beside the plan still holds it
    QVERIFY(QDir(elsewhere.path()).isEmpty());
    QVERIFY(!PlanDatabase::open(m_plan, PlanRules::upkeep(), &error));
    QVERIFY2(error.contains(QStringLiteral("already open in another Career Planner")), qPrintable(error));
    plan.reset();
    qputenv("XDG_RUNTIME_DIR", runtime);
    tmpdir.isNull() ? qunsetenv("TMPDIR") : qputenv("TMPDIR", tmpdir);
}

void TestLocks::busyPlanIsCalledBusy()
{
    // Another program in the middle of writing the file holds it exclusively.
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_plan);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QString error;
        QVERIFY(!PlanDatabase::openReadOnly(m_plan, &error));
        QVERIFY2(error.contains(QStringLiteral("is busy")) && !error.contains(QStringLiteral("damaged")),
                 qPrintable(error));
        query.exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QString error;
    QVERIFY2(PlanDatabase::openReadOnly(m_plan, &error), qPrintable(error));
}

void TestLocks::pathTooLongIsSaid()
{
    QString folder = m_fixture.folder();
    while (QFile::encodeName(folder).size() < 600) {
        folder += QLatin1Char('/') + QString(200, QLatin1Char('d'));
        QVERIFY(QDir().mkpath(folder));
    }
    const QString path = folder + QStringLiteral("/deep.careerplan");
    QVERIFY(QFile::copy(m_plan, path));
    QString error;
    QVERIFY(!PlanDatabase::openReadOnly(path, &error));
    QVERIFY2(error.contains(QStringLiteral("too long")) && !error.contains(QStringLiteral("damaged")),
             qPrintable(error));
    QVERIFY(!PlanDatabase::open(path, PlanRules::upkeep(), &error));
    QVERIFY2(error.contains(QStringLiteral("too long")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLocks)
#include "tst_locks.moc"
