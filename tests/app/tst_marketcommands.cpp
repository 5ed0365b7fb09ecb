// Market pay without a window: --import-market adds a file's reports to a plan and says
// how many were added and skipped (with their lines), adds nothing the second time, and
// refuses a file it cannot read in one line with the plan left byte for byte; then
// --market-table prints the percentiles as CSV, a row per matched level and one for every
// level, for a company and a job family or for all of them.
#include "AppRunner.h"
#include "TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

using testapp::Run;
using testapp::runApp;
using testfiles::readBytes;

class TestMarketCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsAndPrintsTheTable();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();

private:
    QTemporaryDir *m_dir = nullptr;
};

namespace {

// Amazon's L6 Product Managers: totals 200k … 290k by 10k; bases 150k; one row without pay.
// Then three Initech reports, too few for percentiles, and one at Amazon without a level.
QByteArray reports()
{
    QByteArray csv = "company,title,level,base,total,years of experience,location,date\n";
    for (int i = 0; i < 10; ++i)
        csv += QStringLiteral("%1,Product Manager,L6,150000,%2,6,Seattle,2025-0%3-01\n")
                   .arg(i % 2 ? QStringLiteral("AMAZON") : QStringLiteral("Amazon"))
                   .arg(200'000 + 10'000 * i)
                   .arg(i % 9 + 1)
                   .toUtf8();
    csv += "Amazon,Product Manager,L6,,,6,Seattle,2025-01-01\n";
    for (int i = 0; i < 3; ++i)
        csv += "Initech,Product Manager,Senior PM,140000,180000,7,Austin,2025-02-01\n";
    csv += "Amazon,Product Manager,,120000,150000,,Seattle,2025-02-01\n";
    return csv;
}

} // namespace

void TestMarketCommands::init()
{
    m_dir = new QTemporaryDir;
    QCOMPARE(runApp({ "--new", "m.careerplan" }, m_dir->path()).exitCode, 0);
}

void TestMarketCommands::cleanup()
{
    delete m_dir;
}

void TestMarketCommands::importsAndPrintsTheTable()
{
    QVERIFY(testfiles::writeBytes(m_dir->filePath(QStringLiteral("pay.csv")), reports()));
    Run run = runApp({ "--import-market", "pay.csv", "m.careerplan" }, m_dir->path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("added 14 reports, skipped 1 row\nLine 12: no base and no total pay\n"));
    run = runApp({ "--import-market", "pay.csv", "m.careerplan" }, m_dir->path());
    QCOMPARE(run.out.split('\n').constFirst(), QByteArray("added 0 reports, skipped 1 row (14 already in the plan)"));
    // --check counts them, from the one file.
    run = runApp({ "--check", "m.careerplan" }, m_dir->path());
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY2(run.out.contains("\nmarket: reports 14, imported files 1, company aliases 0, title matches 0\n"),
             run.out.constData());

    // Ten totals 200k + 10k·i: rank p·9/100, so P10 = 209,000, P25 = 222,500, P50 = 245,000,
    // P75 = 267,500 and P90 = 281,000; the bases are all 150,000.
    const QByteArray amazon = "Amazon,Product Manager,Senior Product Manager,10,150000.00,150000.00,150000.00,"
                              "150000.00,150000.00,209000.00,222500.00,245000.00,267500.00,281000.00";
    run = runApp({ "--market-table", "m.careerplan", "--company", " amazon", "--title", "Sr. Product Manager" },
                 m_dir->path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QList<QByteArray> lines = run.out.trimmed().replace("\r\n", "\n").split('\n');
    QCOMPARE(lines.value(0), QByteArray("company,title,level,reports,base_p10,base_p25,base_p50,base_p75,base_p90,"
                                        "total_p10,total_p25,total_p50,total_p75,total_p90"));
    // The report without a level is titled as a level is, and counts as one: too few alone.
    QCOMPARE(lines.value(1), QByteArray("Amazon,Product Manager,Product Manager,1,,,,,,,,,,"));
    QCOMPARE(lines.value(2), amazon);
    QVERIFY2(lines.value(3).startsWith("Amazon,Product Manager,,11,"), lines.value(3).constData());
    QCOMPARE(lines.size(), 4);

    // No company: all of them together; Initech's three reports alone would be too few.
    run = runApp({ "--market-table", "m.careerplan" }, m_dir->path());
    lines = run.out.trimmed().replace("\r\n", "\n").split('\n');
    QVERIFY2(lines.value(2).startsWith(",Product Manager,Senior Product Manager,13,"), lines.value(2).constData());
    run = runApp({ "--market-table", "m.careerplan", "--company", "Initech" }, m_dir->path());
    lines = run.out.trimmed().replace("\r\n", "\n").split('\n');
    QCOMPARE(lines.value(1), QByteArray("Initech,Product Manager,Senior Product Manager,3,,,,,,,,,,"));
    QCOMPARE(lines.size(), 3);
}

void TestMarketCommands::refusesWhatItCannotRead_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("errorPart");
    QTest::newRow("missing file") << QStringList { "--import-market", "nowhere.csv", "m.careerplan" }
                                  << QByteArray("nowhere.csv: ");
    QTest::newRow("no pay columns") << QStringList { "--import-market", "names.csv", "m.careerplan" }
                                    << QByteArray("no column of base or total pay");
    QTest::newRow("not a plan") << QStringList { "--import-market", "names.csv", "names.csv" }
                                << QByteArray("careerplanner: ");
    QTest::newRow("unknown family") << QStringList { "--market-table", "m.careerplan", "--title", "Astronaut" }
                                    << QByteArray("the plan's are: Program Manager, Product Manager");
    QTest::newRow("company alone") << QStringList { "--pay-table", "m.careerplan", "--company", "Amazon" }
                                   << QByteArray("--company and --title go with --market-table");
}

void TestMarketCommands::refusesWhatItCannotRead()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, errorPart);
    QVERIFY(testfiles::writeBytes(m_dir->filePath(QStringLiteral("names.csv")), "company,title\nAmazon,PM\n"));
    const QByteArray plan = readBytes(m_dir->filePath(QStringLiteral("m.careerplan")));
    const Run run = runApp(arguments, m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(errorPart), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(readBytes(m_dir->filePath(QStringLiteral("m.careerplan"))), plan);
    QCOMPARE(readBytes(m_dir->filePath(QStringLiteral("names.csv"))), QByteArray("company,title\nAmazon,PM\n"));
}

QTEST_GUILESS_MAIN(TestMarketCommands)
#include "tst_marketcommands.moc"
