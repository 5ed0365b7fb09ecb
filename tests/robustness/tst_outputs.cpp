// No command writes its output over a plan, however the output's path is spelled (the
// plan's own name, a symbolic or hard link to it, another plan, a plan's journal or lock),
// and what it does write is whole, in place at once, and readable by its owner only.
#include "core/base/FileIdentity.h"
#include "core/plan/PlanRules.h"
#include "core/storage/OutputFile.h"
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanFactory.h"
#include "core/storage/PlanSnapshot.h"
#include "PlanFixture.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace careerplanner;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runApp(const QStringList &arguments, const QString &standardOutput = {})
{
    QProcess app;
    if (!standardOutput.isEmpty())
        app.setStandardOutputFile(standardOutput, QIODevice::Append);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_FATAL_WARNINGS"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(CAREERPLANNER_BINARY), arguments);
    Run run;
    if (!app.waitForFinished(60000))
        return run;
    run.exitCode = app.exitCode();
    run.out = app.readAllStandardOutput();
    run.err = app.readAllStandardError();
    return run;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestOutputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void outputThatIsAPlanIsRefused_data();
    void outputThatIsAPlanIsRefused();
    void standardOutputThatIsThePlanIsRefused();
    void exportsAreWholeAndPrivate_data();
    void exportsAreWholeAndPrivate();
    void copyNeverReplacesAPlan();
    void personalDataPrintedToAFileIsPrivate();

private:
    testfiles::PlanFixture m_fixture;
    QString m_plan;
    QString m_other;
};

void TestOutputs::init()
{
    QVERIFY2(m_fixture.reset(testfiles::PlanFixture::Content::Sample), qPrintable(m_fixture.error()));
    m_plan = m_fixture.plan();
    m_other = m_fixture.filePath(QStringLiteral("Q.careerplan"));
    QString error;
    QVERIFY2(PlanFactory::createWithReferenceLadders(m_other, &error), qPrintable(error));
}

void TestOutputs::outputThatIsAPlanIsRefused_data()
{
    QTest::addColumn<QString>("command"); // export-csv, report or export-chart
    QTest::addColumn<QString>("spelling"); // how the output names a plan
    // --report and --export-chart take only .pdf, .png or .svg names, so a plan reaches them
    // through links; --export-csv takes any name.
    for (const QString &command :
         { QStringLiteral("export-csv"), QStringLiteral("report"), QStringLiteral("export-chart") }) {
        QStringList spellings { QStringLiteral("symbolic link"), QStringLiteral("hard link"),
                                QStringLiteral("another plan") };
        if (command == QLatin1String("export-csv"))
            spellings << QStringLiteral("same name") << QStringLiteral("dotted path") << QStringLiteral("journal name");
        for (const QString &spelling : spellings)
            QTest::newRow(qPrintable(command + QStringLiteral(", ") + spelling)) << command << spelling;
    }
}

void TestOutputs::outputThatIsAPlanIsRefused()
{
    QFETCH(QString, command);
    QFETCH(QString, spelling);
    const QString suffix = command == QLatin1String("export-csv") ? QStringLiteral("csv")
                           : command == QLatin1String("report")   ? QStringLiteral("pdf")
                                                                  : QStringLiteral("png");
    QString output;
    if (spelling == QLatin1String("same name")) {
        output = m_plan;
    } else if (spelling == QLatin1String("symbolic link")) {
        output = m_fixture.filePath(QStringLiteral("out.") + suffix);
        QVERIFY(QFile::link(m_plan, output));
    } else if (spelling == QLatin1String("hard link")) {
        output = m_fixture.filePath(QStringLiteral("out.") + suffix);
        QCOMPARE(::link(QFile::encodeName(m_plan).constData(), QFile::encodeName(output).constData()), 0);
    } else if (spelling == QLatin1String("another plan")) {
        output = m_fixture.filePath(QStringLiteral("other.") + suffix);
        QCOMPARE(::link(QFile::encodeName(m_other).constData(), QFile::encodeName(output).constData()), 0);
    } else if (spelling == QLatin1String("dotted path")) {
        QVERIFY(QDir(m_fixture.folder()).mkdir(QStringLiteral("sub")));
        output = m_fixture.filePath(QStringLiteral("sub/../P.careerplan"));
    } else {
        output = m_plan + QStringLiteral("-journal");
    }
    // Commands that take only some suffixes are given the plan under a name they take.
    QStringList arguments;
    if (command == QLatin1String("export-csv"))
        arguments = { QStringLiteral("--export-csv"), QStringLiteral("goals") };
    else if (command == QLatin1String("report"))
        arguments = { QStringLiteral("--report") };
    else
        arguments = { QStringLiteral("--export-chart"), QStringLiteral("bands") };
    arguments << QStringLiteral("--output") << output << m_plan;

    const QByteArray plan = testfiles::readBytes(m_plan);
    const QByteArray other = testfiles::readBytes(m_other);
    const Run run = runApp(arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains("never writes over a plan"), run.err.constData());
    QCOMPARE(testfiles::readBytes(m_plan), plan);
    QCOMPARE(testfiles::readBytes(m_other), other);
    QVERIFY(!QFileInfo::exists(m_plan + QStringLiteral("-journal")));
}

void TestOutputs::standardOutputThatIsThePlanIsRefused()
{
    // "careerplanner --export-json P >> P", and the same into another plan.
    for (const QString &target : { m_plan, m_other }) {
        const QByteArray plan = testfiles::readBytes(m_plan);
        const QByteArray other = testfiles::readBytes(m_other);
        for (const QString &command : { QStringLiteral("--export-json"), QStringLiteral("--pay-table"),
                                        QStringLiteral("--simulate"), QStringLiteral("--check") }) {
            const Run run = runApp({ command, m_plan }, target);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("standard output is"), run.err.constData());
            QCOMPARE(testfiles::readBytes(m_plan), plan);
            QCOMPARE(testfiles::readBytes(m_other), other);
        }
    }
}

void TestOutputs::exportsAreWholeAndPrivate_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QByteArray>("begins");
    QTest::newRow("csv") << QStringList { QStringLiteral("--export-csv"), QStringLiteral("stories") }
                         << QStringLiteral("stories.csv") << QByteArray("title,");
    QTest::newRow("pdf") << QStringList { QStringLiteral("--report") } << QStringLiteral("report.pdf")
                         << QByteArray("%PDF");
    QTest::newRow("png") << QStringList { QStringLiteral("--export-chart"), QStringLiteral("pay") }
                         << QStringLiteral("pay.png") << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringList { QStringLiteral("--export-chart"), QStringLiteral("pay") }
                         << QStringLiteral("pay.svg") << QByteArray("<?xml");
}

void TestOutputs::exportsAreWholeAndPrivate()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QFETCH(QByteArray, begins);
    const QString path = m_fixture.filePath(output);
    // An earlier export readable by all is replaced by a private one.
    QVERIFY(testfiles::writeBytes(path, "old"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    const QStringList before = filesIn(m_fixture.folder());
    const Run run = runApp(arguments + QStringList { QStringLiteral("--output"), path, m_plan });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(testfiles::readBytes(path).startsWith(begins), testfiles::readBytes(path).left(20).constData());
    QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(filesIn(m_fixture.folder()), before); // no temporary file left beside it
}

void TestOutputs::copyNeverReplacesAPlan()
{
    QString error;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(m_plan, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
    const QByteArray other = testfiles::readBytes(m_other);
    const QString link = m_fixture.filePath(QStringLiteral("link.careerplan"));
    QVERIFY(QFile::link(m_plan, link));
    for (const QString &target : { link, m_other, m_plan + QStringLiteral("-journal") }) {
        QVERIFY(!PlanSnapshot::copyTo(plan->connection(), target, &error));
        QVERIFY(!error.isEmpty());
    }
    QCOMPARE(testfiles::readBytes(m_other), other);
    QCOMPARE(FileIdentity::of(link), FileIdentity::of(m_plan));
    const QString fresh = m_fixture.filePath(QStringLiteral("copy.careerplan"));
    QVERIFY2(PlanSnapshot::copyTo(plan->connection(), fresh, &error), qPrintable(error));
    QVERIFY(OutputFile::refusal(fresh).contains(QStringLiteral("never writes over a plan")));
}

void TestOutputs::personalDataPrintedToAFileIsPrivate()
{
    // "careerplanner --export-json P > out.json": the shell made out.json readable by all.
    for (const QString &command : { QStringLiteral("--export-json"), QStringLiteral("--pay-table") }) {
        const QString out = m_fixture.filePath(QStringLiteral("printed.txt"));
        QFile::remove(out);
        QVERIFY(testfiles::writeBytes(out, {}));
        QVERIFY(QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const Run run = runApp({ command, m_plan }, out);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo(out).size() > 0);
        QCOMPARE(QFileInfo(out).permissions() & 0x0077, QFileDevice::Permissions());
    }
}

QTEST_GUILESS_MAIN(TestOutputs)
#include "tst_outputs.moc"
