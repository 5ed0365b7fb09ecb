// Files the app must refuse without harm, beyond those of tst_planfile: a plan the user
// may not write (as a user who is not its owner; root may write anything), and a plan
// another process has open for editing. Each is refused with a one-line reason, its bytes
// unchanged, and the program does not crash.
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanRules.h"
#include "core/plan/PlanFactory.h"
#include "TestFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace careerplanner;

class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnlyPlanIsRefused();
    void planOpenInAnotherProcessIsRefused();
};

void TestHostileFiles::readOnlyPlanIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.careerplan"));
    QString error;
    QVERIFY(PlanFactory::createWithReferenceLadders(path, &error));
    const QByteArray before = testfiles::readBytes(path);
    // Readable by all, writable by none; the folder open, so that only the file says no.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther | QFileDevice::WriteOther
                                                  | QFileDevice::ExeOther));
    QStringList command { QStringLiteral(CAREERPLANNER_BINARY), QStringLiteral("--quit-after-startup"), path };
    if (geteuid() == 0) {
        // Root writes through any permission: run the app as nobody, as a user would be.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) is needed to test as a non-root user");
        command = QStringList { setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), QStringLiteral("--") }
                  + command;
    }
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    env.remove(QStringLiteral("QT_FATAL_WARNINGS"));
    app.setProcessEnvironment(env);
    app.start(command.takeFirst(), command);
    QVERIFY(app.waitForFinished(30000));
    const QByteArray err = app.readAllStandardError();
    QCOMPARE(app.exitCode(), 1);
    QList<QByteArray> reasons;
    for (const QByteArray &line : err.split('\n')) {
        if (line.startsWith("careerplanner:"))
            reasons.append(line);
    }
    QCOMPARE(reasons.size(), 1);
    QVERIFY2(reasons.constFirst().contains("read-only"), err.constData());
    QCOMPARE(testfiles::readBytes(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
}

void TestHostileFiles::planOpenInAnotherProcessIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.careerplan"));
    QString error;
    QVERIFY(PlanFactory::createWithReferenceLadders(path, &error));
    // Another process editing the plan, and still at it.
    QProcess editor;
    editor.start(QStringLiteral(EDIT_BURST_BINARY), { path, QStringLiteral("0"), QStringLiteral("1000000") });
    QVERIFY(editor.waitForReadyRead(30000));
    QVERIFY(!PlanDatabase::open(path, PlanRules::upkeep(), &error));
    QVERIFY2(
        error.contains(QStringLiteral("already open in another Career Planner (process %1)").arg(editor.processId())),
        qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    editor.kill();
    QVERIFY(editor.waitForFinished());
    // Once it is gone, the plan opens, and what it wrote is there.
    auto plan = PlanDatabase::open(path, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
