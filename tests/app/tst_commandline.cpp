// The command line as users run it: the real binary, its exit codes, its output, and
// input files left untouched when a command fails.
#include "app/CommandLine.h"
#include "AppRunner.h"
#include "PlanFixture.h"
#include "TestFiles.h"

#include <QDir>
#include <QDate>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;
using testapp::Run;
using testapp::runApp;
using testfiles::readBytes;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void parse_data();
    void parse();
    void helpAndVersion();
    void newPlanAndRefusal();
    void exportImportExportIsIdentical();
    void checkReportsFindings();
    void payTableAsCsv();
    void simulateAsCsv();
    void exportCsvTables();
    void exportChartWithoutDisplay_data();
    void exportChartWithoutDisplay();
    void twoCurrenciesAreNeverDrawnAsOne();
    void failuresLeaveInputsUntouched_data();
    void failuresLeaveInputsUntouched();

private:
    QTemporaryDir *m_dir = nullptr;
};

void TestCommandLine::init()
{
    m_dir = new QTemporaryDir;
}

void TestCommandLine::cleanup()
{
    delete m_dir;
}

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("file");
    QTest::newRow("no arguments: window on default plan")
        << QStringList {} << int(CommandLine::Mode::Window) << QString();
    QTest::newRow("window on a file") << QStringList { "p.careerplan" } << int(CommandLine::Mode::Window)
                                      << "p.careerplan";
    QTest::newRow("new") << QStringList { "--new", "p.careerplan" } << int(CommandLine::Mode::New) << "p.careerplan";
    QTest::newRow("new sample") << QStringList { "--new", "p.careerplan", "--sample" } << int(CommandLine::Mode::New)
                                << "p.careerplan";
    QTest::newRow("import") << QStringList { "--import-json", "in.json", "p.careerplan" }
                            << int(CommandLine::Mode::ImportJson) << "p.careerplan";
    QTest::newRow("check") << QStringList { "--check", "p.careerplan" } << int(CommandLine::Mode::Check)
                           << "p.careerplan";
    QTest::newRow("export without file") << QStringList { "--export-json" } << int(CommandLine::Mode::Invalid)
                                         << QString();
    QTest::newRow("two commands") << QStringList { "--check", "--new", "p" } << int(CommandLine::Mode::Invalid) << "p";
    QTest::newRow("sample without new") << QStringList { "--sample", "p" } << int(CommandLine::Mode::Invalid) << "p";
    QTest::newRow("unknown option") << QStringList { "--frobnicate" } << int(CommandLine::Mode::Invalid) << QString();
    QTest::newRow("pay table") << QStringList { "--pay-table", "p" } << int(CommandLine::Mode::PayTable) << "p";
    QTest::newRow("years without pay table")
        << QStringList { "--years", "3", "--check", "p" } << int(CommandLine::Mode::Invalid) << "p";
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, mode);
    QFETCH(QString, file);
    arguments.prepend(QStringLiteral("careerplanner"));
    const CommandLine command = CommandLine::parse(arguments);
    QCOMPARE(int(command.mode), mode);
    QCOMPARE(command.file, file);
    if (command.mode == CommandLine::Mode::Invalid)
        QVERIFY(!command.error.isEmpty());
}

void TestCommandLine::helpAndVersion()
{
    const Run help = runApp({ QStringLiteral("--help") }, m_dir->path());
    QCOMPARE(help.exitCode, 0);
    for (const char *option : { "--new", "--sample", "--export-json", "--import-json", "--check", "--pay-table",
                                "--years", "--export-chart", "--simulate", "--runs", "--seed", "--quit-after-startup" })
        QVERIFY2(help.out.contains(option), option);
    const Run version = runApp({ QStringLiteral("--version") }, m_dir->path());
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("careerplanner " CAREERPLANNER_VERSION));
}

void TestCommandLine::newPlanAndRefusal()
{
    const Run created = runApp({ QStringLiteral("--new"), QStringLiteral("plan.careerplan") }, m_dir->path());
    QCOMPARE(created.exitCode, 0);
    const QString path = m_dir->filePath(QStringLiteral("plan.careerplan"));
    QVERIFY(QFileInfo::exists(path));
    const QByteArray bytes = readBytes(path);
    const Run again = runApp({ QStringLiteral("--new"), QStringLiteral("plan.careerplan"), QStringLiteral("--sample") },
                             m_dir->path());
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already exists"));
    QCOMPARE(again.err.count('\n'), 1);
    QCOMPARE(readBytes(path), bytes);
}

void TestCommandLine::exportImportExportIsIdentical()
{
    QCOMPARE(
        runApp({ QStringLiteral("--new"), QStringLiteral("a.careerplan"), QStringLiteral("--sample") }, m_dir->path())
            .exitCode,
        0);
    const Run first = runApp({ QStringLiteral("--export-json"), QStringLiteral("a.careerplan") }, m_dir->path());
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.contains("Sample plan: Jordan Rivera"));
    QVERIFY(testfiles::writeBytes(m_dir->filePath(QStringLiteral("a.json")), first.out));
    QCOMPARE(runApp({ QStringLiteral("--import-json"), QStringLiteral("a.json"), QStringLiteral("b.careerplan") },
                    m_dir->path())
                 .exitCode,
             0);
    const Run second = runApp({ QStringLiteral("--export-json"), QStringLiteral("b.careerplan") }, m_dir->path());
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, first.out);
}

void TestCommandLine::checkReportsFindings()
{
    QCOMPARE(runApp({ QStringLiteral("--new"), QStringLiteral("c.careerplan") }, m_dir->path()).exitCode, 0);
    const Run check = runApp({ QStringLiteral("--check"), QStringLiteral("c.careerplan") }, m_dir->path());
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains("integrity: ok"));
    QVERIFY(check.out.contains("foreign keys: ok"));
    QVERIFY(check.out.contains("3 ladders, 11 levels, 13 salary bands"));
    QVERIFY(check.out.contains("market: reports 0, imported files 0, company aliases 0, title matches 0"));
    QVERIFY(check.out.contains("result: ok"));
}

void TestCommandLine::payTableAsCsv()
{
    QCOMPARE(runApp({ "--new", "p.careerplan", "--sample" }, m_dir->path()).exitCode, 0);
    const Run run = runApp({ "--pay-table", "p.careerplan", "--years", "6" }, m_dir->path());
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    // A header, then 6 years for each of the sample's 2 packages, each line ending CRLF.
    QCOMPARE(lines.size(), 1 + 2 * 6 + 1);
    QCOMPARE(lines[0], QByteArray("package,kind,year,currency,base,sign_on,stock,refreshers,bonus,total\r"));
    // The sample offer's first year: $165,000 base, $60,000 sign-on, and 5% of 1,000
    // shares at $180 grown 8%: $9,720.
    QCOMPARE(lines[1], QByteArray("Amazon offer – Senior Program Manager,offer,1,USD,165000.00,60000.00,9720.00,"
                                  "0.00,0.00,234720.00\r"));
    QVERIFY(lines[7].startsWith("Current job – Northwind Program Manager II,current_job,1,USD,128000.00,"));

    const Run bad = runApp({ "--pay-table", "p.careerplan", "--years", "0" }, m_dir->path());
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("1 to 10"));
}

void TestCommandLine::simulateAsCsv()
{
    QCOMPARE(runApp({ "--new", "p.careerplan", "--sample" }, m_dir->path()).exitCode, 0);
    const Run first = runApp({ "--simulate", "p.careerplan", "--runs", "20000", "--seed", "9" }, m_dir->path());
    QCOMPARE(first.exitCode, 0);
    const QList<QByteArray> lines = first.out.trimmed().split('\n');
    QCOMPARE(lines[0], QByteArray("level,p10,p50,p90\r"));
    // The sample's path: Program Manager now, then four promotions up to VP.
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[1].startsWith("Senior Program Manager,"));
    QVERIFY(lines[4].startsWith("Vice President of Program Management,"));
    QDate previousMedian;
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        const QDate p10 = QDate::fromString(QString::fromLatin1(cells[1]), Qt::ISODate);
        const QDate p50 = QDate::fromString(QString::fromLatin1(cells[2]), Qt::ISODate);
        const QDate p90 = QDate::fromString(QString::fromLatin1(cells[3]), Qt::ISODate);
        QVERIFY(p10.isValid() && p10 <= p50 && p50 <= p90);
        QVERIFY(!previousMedian.isValid() || p50 > previousMedian);
        previousMedian = p50;
    }
    // The same seed gives the same dates; --runs is checked.
    QCOMPARE(runApp({ "--simulate", "p.careerplan", "--runs", "20000", "--seed", "9" }, m_dir->path()).out, first.out);
    const Run bad = runApp({ "--simulate", "p.careerplan", "--runs", "0" }, m_dir->path());
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("--runs"));
    QCOMPARE(runApp({ "--new", "empty.careerplan" }, m_dir->path()).exitCode, 0);
    const Run noPath = runApp({ "--simulate", "empty.careerplan" }, m_dir->path());
    QCOMPARE(noPath.exitCode, 1);
    QVERIFY(noPath.err.contains("no path to simulate"));
}

void TestCommandLine::exportCsvTables()
{
    QCOMPARE(runApp({ "--new", "p.careerplan", "--sample" }, m_dir->path()).exitCode, 0);
    for (const char *table : { "goals", "checkins", "stories", "questions", "attempts" }) {
        const QString out = QStringLiteral("%1.csv").arg(QLatin1String(table));
        const Run run = runApp({ "--export-csv", table, "--output", out, "p.careerplan" }, m_dir->path());
        QCOMPARE(run.exitCode, 0);
        const QByteArray csv = readBytes(m_dir->filePath(out));
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(QString::fromUtf8(csv).contains(QStringLiteral("\r\n"))); // RFC 4180 line ends, UTF-8
    }
    // 5 goals, 10 check-ins, 5 stories in the sample, each after a header line.
    QCOMPARE(readBytes(m_dir->filePath(QStringLiteral("goals.csv"))).count("\r\n"), 1 + 5);
    QCOMPARE(readBytes(m_dir->filePath(QStringLiteral("checkins.csv"))).count("\r\n"), 1 + 10);
    const QByteArray stories = readBytes(m_dir->filePath(QStringLiteral("stories.csv")));
    QVERIFY(stories.startsWith("title,date,situation,task,action,result,outcomes,tags\r\n"));
    QVERIFY(stories.contains("\"Weekly sessions, shadowing, then owned workstreams.\""));
    // A question's row carries its stage, kind, principles, skills and source.
    const QString questions = QString::fromUtf8(readBytes(m_dir->filePath(QStringLiteral("questions.csv"))));
    QVERIFY(questions.startsWith(
        QStringLiteral("question,stage,kind,principles,skills,ladders,source_file,source_section\r\n")));
    QVERIFY(questions.contains(QStringLiteral(",loop,behavioural,Customer Obsession")));
    QVERIFY(questions.contains(QStringLiteral(",001_80d18dccf2e7f0d7.txt,")));
    // The sample's attempt without a story, two days ago, with its ratings and their average.
    const QString attempts = QString::fromUtf8(readBytes(m_dir->filePath(QStringLiteral("attempts.csv"))));
    QCOMPARE(attempts.count(QStringLiteral("\r\n")), 1 + 12);
    QVERIFY2(attempts.contains(QDate::currentDate().addDays(-2).toString(Qt::ISODate)
                               + QStringLiteral(",\"Tell me about a process you made simpler, and what the change "
                                                "saved.\",64,120,,2,1,1,2,3,1.8,No story; need one about doing more "
                                                "with less.\r\n")),
             qPrintable(attempts));
    const Run bad = runApp({ "--export-csv", "levels", "--output", "x.csv", "p.careerplan" }, m_dir->path());
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("goals, checkins, stories, questions, attempts, applications, conversations or feedback"));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.csv"))));
}

void TestCommandLine::exportChartWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("errorPart");
    QTest::newRow("png") << QStringList { "--export-chart", "bands", "--output", "out.png", "p.careerplan" } << 0
                         << QByteArray();
    QTest::newRow("svg, product ladder, sized")
        << QStringList { "--export-chart",     "bands",  "--output", "out.svg",     "--ladder",
                         "Product Management", "--size", "1600x900", "p.careerplan" }
        << 0 << QByteArray();
    QTest::newRow("compare") << QStringList { "--export-chart",     "compare", "--output", "compare.svg", "--ladder",
                                              "Product Management", "--size",  "1600x900", "p.careerplan" }
                             << 0 << QByteArray();
    QTest::newRow("pay, 6 years") << QStringList { "--export-chart", "pay",    "--years",  "6",           "--output",
                                                   "pay.svg",        "--size", "1600x900", "p.careerplan" }
                                  << 0 << QByteArray();
    QTest::newRow("compare without figures")
        << QStringList { "--export-chart", "compare", "--output", "c.png", "--ladder", "Technical Program Management",
                         "p.careerplan" }
        << 1 << QByteArray("fewer than two levels");
    QTest::newRow("unknown ladder") << QStringList { "--export-chart", "bands", "--output",    "out.png",
                                                     "--ladder",       "Nope",  "p.careerplan" }
                                    << 1 << QByteArray("no ladder is called");
    QTest::newRow("jpeg") << QStringList { "--export-chart", "bands", "--output", "out.jpg", "p.careerplan" } << 1
                          << QByteArray(".png or .svg");
    QTest::newRow("unknown chart") << QStringList { "--export-chart", "pie", "--output", "out.png", "p.careerplan" }
                                   << 1 << QByteArray("bands, compare or pay");
    QTest::newRow("no output") << QStringList { "--export-chart", "bands", "p.careerplan" } << 1
                               << QByteArray("--output");
}

void TestCommandLine::exportChartWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, errorPart);
    QCOMPARE(runApp({ "--new", "p.careerplan", "--sample" }, m_dir->path()).exitCode, 0);
    const QByteArray planBefore = readBytes(m_dir->filePath(QStringLiteral("p.careerplan")));
    const Run run = runApp(arguments, m_dir->path(), true);
    QCOMPARE(run.exitCode, exitCode);
    const int outputAt = arguments.indexOf(QStringLiteral("--output"));
    const QString output = outputAt >= 0 ? m_dir->filePath(arguments.at(outputAt + 1)) : QString();
    if (exitCode == 0) {
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        if (output.endsWith(QLatin1String(".png"))) {
            QCOMPARE(QImage(output).size(), QSize(1200, 700));
        } else {
            const QByteArray svg = readBytes(output);
            QVERIFY(svg.contains("viewBox=\"0 0 1600 900\""));
            if (arguments.contains(QStringLiteral("pay"))) {
                QVERIFY(svg.contains("Pay per year, package by package"));
                QVERIFY(svg.contains("Y6"));
            } else {
                QVERIFY(svg.contains("Principal Product Manager"));
            }
            if (arguments.contains(QStringLiteral("compare")))
                QVERIFY(svg.contains("What each step up is worth"));
        }
    } else {
        QVERIFY2(run.err.contains(errorPart), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(output.isEmpty() || !QFileInfo::exists(output));
    }
    QCOMPARE(readBytes(m_dir->filePath(QStringLiteral("p.careerplan"))), planBefore);
}

void TestCommandLine::twoCurrenciesAreNeverDrawnAsOne()
{
    // Paid in rupees, offered dollars, with and without the user's rate between them.
    QString error;
    for (const bool withRate : { false, true }) {
        const QString plan
            = m_dir->filePath(withRate ? QStringLiteral("rate.careerplan") : QStringLiteral("inr.careerplan"));
        QVERIFY2(careerplanner::PlanFactory::create(plan, testfiles::PlanFixture::inRupees(withRate), &error),
                 qPrintable(error));
    }
    const auto reportText = [this](const QString &plan) {
        const QString pdf = m_dir->filePath(plan + QStringLiteral(".pdf"));
        const Run run
            = runApp({ QStringLiteral("--report"), plan, QStringLiteral("--output"), pdf }, m_dir->path(), true);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        text.waitForFinished(30000);
        return run.exitCode == 0 ? QString::fromUtf8(text.readAllStandardOutput())
                                       .replace(QChar(0x00A0), QLatin1Char(' '))
                                       .simplified()
                                 : QString::fromUtf8(run.err);
    };

    // Without a rate: no pay chart on one axis, and a report that says what it cannot compare.
    Run run = runApp({ "--export-chart", "pay", "--output", "pay.svg", "inr.careerplan" }, m_dir->path(), true);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("the packages are in 2 currencies and the plan has no exchange rate"),
             run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("pay.svg"))));
    QString report = reportText(QStringLiteral("inr.careerplan"));
    QVERIFY2(report.contains(QStringLiteral("INR 3,800,000 (your current base salary)")), qPrintable(report));
    QVERIFY(!report.contains(QStringLiteral("$3,800,000")));
    QVERIFY(
        report.contains(QStringLiteral("Pay is in INR and the band in USD: add an exchange rate to compare them.")));
    QVERIFY(report.contains(QStringLiteral("Pay at Program Manager is in INR and at Senior Program Manager in USD")));

    // With it: one chart in the plan's currency (the current job's), the rate in its title.
    run = runApp({ "--export-chart", "pay", "--output", "pay.svg", "rate.careerplan" }, m_dir->path(), true);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray svg = readBytes(m_dir->filePath(QStringLiteral("pay.svg")));
    QVERIFY(svg.contains("converted at 0.012 USD per INR, your rate of 1 Nov 2026"));
    QVERIFY(svg.contains("Pay in the year (INR)"));
    report = reportText(QStringLiteral("rate.careerplan"));
    // ₹38,00,000 × 0.012 = $45,600, set against the dollar band; the path's dollar figures
    // are shown in rupees, marked as converted.
    QVERIFY2(report.contains(QStringLiteral("≈ $45,600 at 0.012 USD per INR, your rate of 1 Nov 2026")),
             qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("≈: converted from USD at 0.012 USD per INR, your rate of 1 Nov 2026.")));
    QVERIFY(!report.contains(QStringLiteral("add an exchange rate")));
}

void TestCommandLine::failuresLeaveInputsUntouched_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("errorPart");
    QTest::newRow("export of a text file") << QStringList { "--export-json", "victim" } << QByteArray("not a plan")
                                           << QByteArray("not an SQLite database");
    QTest::newRow("check of an empty file") << QStringList { "--check", "victim" } << QByteArray() << QByteArray();
    QTest::newRow("new over an existing file")
        << QStringList { "--new", "victim" } << QByteArray("keep me") << QByteArray("already exists");
    QTest::newRow("import over an existing file")
        << QStringList { "--import-json", "victim", "victim" } << QByteArray("{}") << QByteArray("victim:");
    QTest::newRow("window on a bad file")
        << QStringList { "--quit-after-startup", "victim" } << QByteArray("SQLite format 3") << QByteArray("damaged");
}

void TestCommandLine::failuresLeaveInputsUntouched()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, errorPart);
    const QString victim = m_dir->filePath(QStringLiteral("victim"));
    QVERIFY(testfiles::writeBytes(victim, content));
    const Run run = runApp(arguments, m_dir->path());
    QCOMPARE(run.exitCode, 1);
    if (!errorPart.isEmpty()) {
        QVERIFY2(run.err.contains(errorPart), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }
    QCOMPARE(readBytes(victim), content);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("victim") });
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
