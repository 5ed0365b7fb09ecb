// The window's launch as users start it, through the real binary: the default plan made
// on first run, the one chosen in the preferences, and a plan refused when it fails its
// check while the window is being built.
#include "AppRunner.h"
#include "TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using testapp::Run;
using testapp::runApp;
using testfiles::readBytes;

class TestLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void quitAfterStartupCreatesDefaultPlan();
    void defaultPlanFromThePreferences();
    void windowRefusesAPlanThatFailsItsCheck();

private:
    QTemporaryDir *m_dir = nullptr;
};

void TestLaunch::init()
{
    m_dir = new QTemporaryDir;
}

void TestLaunch::cleanup()
{
    delete m_dir;
}

void TestLaunch::quitAfterStartupCreatesDefaultPlan()
{
    const Run run = runApp({ QStringLiteral("--quit-after-startup") }, m_dir->path());
    QCOMPARE(run.exitCode, 0);
    const QString defaultPlan = m_dir->filePath(QStringLiteral("xdg-data/careerplanner/My career plan.careerplan"));
    QVERIFY(QFileInfo::exists(defaultPlan));
    QCOMPARE(testfiles::queryValue(defaultPlan, QStringLiteral("SELECT count(*) FROM ladder")).toInt(), 3);
}

void TestLaunch::defaultPlanFromThePreferences()
{
    const QString chosen = m_dir->filePath(QStringLiteral("chosen.careerplan"));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("xdg-config/careerplanner")));
    QVERIFY(testfiles::writeBytes(m_dir->filePath(QStringLiteral("xdg-config/careerplanner/careerplanner.conf")),
                                  "[files]\ndefaultPlan=" + chosen.toUtf8() + "\n"));
    // Chosen but missing: refused with its name, and no plan made anywhere in its place.
    const Run missing = runApp({ QStringLiteral("--quit-after-startup") }, m_dir->path());
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("chosen.careerplan"));
    const QString standard = m_dir->filePath(QStringLiteral("xdg-data/careerplanner/My career plan.careerplan"));
    QVERIFY(!QFileInfo::exists(standard));
    QVERIFY(!QFileInfo::exists(chosen));

    QCOMPARE(runApp({ QStringLiteral("--new"), chosen }, m_dir->path()).exitCode, 0);
    const Run opened = runApp({ QStringLiteral("--quit-after-startup") }, m_dir->path());
    QCOMPARE(opened.exitCode, 0);
    QVERIFY(!QFileInfo::exists(standard));
}

void TestLaunch::windowRefusesAPlanThatFailsItsCheck()
{
    // The window reads the plan and builds itself while the plan's whole-file check runs:
    // a plan that reads fine but fails the check is still refused, in one line, and left
    // as it was, without a backup, a lock or a journal beside it.
    const QString plan = m_dir->filePath(QStringLiteral("indexed.careerplan"));
    QCOMPARE(runApp({ QStringLiteral("--new"), plan, QStringLiteral("--sample") }, m_dir->path()).exitCode, 0);
    QVERIFY(testfiles::damageIndexPage(plan, QStringLiteral("one_primary_scenario")));
    const QByteArray before = readBytes(plan);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    const Run run = runApp({ QStringLiteral("--quit-after-startup"), plan }, m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("indexed.careerplan is damaged"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(readBytes(plan), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), filesBefore);
}

QTEST_GUILESS_MAIN(TestLaunch)
#include "tst_launch.moc"
