// Market pay reports brought into a plan: a generated file in each shape (a Levels.fyi
// export, an H-1B disclosure file, one's own sheet) with percentiles worked out by hand;
// importing the same file again adds nothing while identical rows inside one file stay
// separate reports; the import is one edit that one undo takes back whole; a cancelled
// read adds nothing; reports in another currency count only through the user's rate.
#include "core/io/MarketImporter.h"
#include "core/market/MarketRepository.h"
#include "core/plan/PlanSession.h"

#include "PlanFixture.h"
#include "TestFiles.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace careerplanner;
using testfiles::dumpTables;
using testfiles::queryValue;

class TestMarketImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachShapeWithPercentilesWorkedOutByHand_data();
    void eachShapeWithPercentilesWorkedOutByHand();
    void theSameFileTwiceAddsNothing();
    void anImportIsOneUndoableEdit();
    void aCancelledReadAddsNothing();
    void otherCurrenciesCountOnlyThroughTheUsersRate();
    void tooLongTextsAreSkippedWithTheirLine();

private:
    MarketImporter::Preview import(const QString &name, const QString &csv, int *added);
    MarketDistribution distribution(const QString &family, const QString &company = {});

    testfiles::PlanFixture m_files;
    std::unique_ptr<PlanSession> m_session;
};

namespace {

// Twenty reports at Amazon, L6 Product Manager: totals 100,000 … 290,000 in steps of
// 10,000, bases 80,000 … 175,000 in steps of 5,000.
QString levelsFyiRows()
{
    QString csv = QStringLiteral("timestamp,company,level,title,totalyearlycompensation,location,yearsofexperience,"
                                 "basesalary,stockgrantvalue,bonus\n");
    for (int i = 0; i < 20; ++i)
        csv += QStringLiteral("6/%1/2020 10:00:00,%2,L6,Product Manager,%3,\"Seattle, WA\",6,%4,0,0\n")
                   .arg(i + 1)
                   .arg(i % 2 ? QStringLiteral("amazon ") : QStringLiteral("Amazon"))
                   .arg(100'000 + 10'000 * i)
                   .arg(80'000 + 5'000 * i);
    return csv;
}

} // namespace

void TestMarketImport::init()
{
    QVERIFY2(m_files.reset(testfiles::PlanFixture::Content::ReferenceLadders), qPrintable(m_files.error()));
    QString error;
    m_session = PlanSession::open(m_files.plan(), &error);
    QVERIFY2(m_session, qPrintable(error));
}

void TestMarketImport::cleanup()
{
    m_session.reset();
}

MarketImporter::Preview TestMarketImport::import(const QString &name, const QString &csv, int *added)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(name));
    file.close();
    const MarketImporter::Preview preview = MarketImporter::preview(*m_session, file.fileName(), QDate(2026, 12, 2));
    QString error;
    *added = 0;
    if (preview.canAdd() && !MarketImporter::apply(*m_session, preview, added, &error))
        qWarning("%s", qPrintable(error));
    return preview;
}

MarketDistribution TestMarketImport::distribution(const QString &family, const QString &company)
{
    MarketFilter filter;
    filter.ladder = m_session->marketStore().matcher().ladderOfFamily(family);
    filter.company = company;
    return m_session->marketStore().distribution(filter, m_session->payStore().converter());
}

void TestMarketImport::eachShapeWithPercentilesWorkedOutByHand_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QList<qint64>>("base"); // P10, P25, P50, P75, P90 in dollars
    QTest::addColumn<QList<qint64>>("total");

    // 20 values a + s·i: rank p·19/100, so P10 = a + 1.9 s, P25 = a + 4.75 s, P50 = a + 9.5 s,
    // P75 = a + 14.25 s, P90 = a + 17.1 s.
    QTest::newRow("Levels.fyi") << levelsFyiRows() << QStringLiteral("Product Manager")
                                << QStringLiteral("Senior Product Manager")
                                << QList<qint64> { 89'500, 103'750, 127'500, 151'250, 165'500 }
                                << QList<qint64> { 119'000, 147'500, 195'000, 242'500, 271'000 };
    // Six certified cases by the hour, at 40, 45 … 65 dollars: 83,200 … 135,200 a year in
    // steps of 10,400; rank p·5/100: P10 = 0.5 step, P25 = 1.25, P50 = 2.5, P75 = 3.75, P90 = 4.5.
    QString h1b = QStringLiteral("CASE_STATUS,BEGIN_DATE,EMPLOYER_NAME,JOB_TITLE,WAGE_RATE_OF_PAY_FROM,"
                                 "WAGE_UNIT_OF_PAY,WORKSITE_CITY,WORKSITE_STATE\n");
    for (int i = 0; i < 6; ++i)
        h1b += QStringLiteral("Certified,2024-10-0%1,Contoso,Sr. Program Manager,%2.00,Hour,Austin,TX\n")
                   .arg(i + 1)
                   .arg(40 + 5 * i);
    h1b += QStringLiteral("Denied,2024-10-09,Contoso,Sr. Program Manager,99.00,Hour,Austin,TX\n");
    QTest::newRow("H-1B") << h1b << QStringLiteral("Program Manager") << QStringLiteral("Senior Program Manager")
                          << QList<qint64> { 88'400, 96'200, 109'200, 122'200, 130'000 } << QList<qint64> {};
    // One's own sheet, columns in another order, semicolons: five totals 200k … 300k by 25k.
    QString own = QStringLiteral("Total;Title;Company;Level;Base\n");
    for (int i = 0; i < 5; ++i)
        own += QStringLiteral("%1;Technical Program Manager;Initech;TPM;%2\n").arg(200'000 + 25'000 * i).arg(150'000);
    QTest::newRow("own sheet") << own << QStringLiteral("Technical Program Manager")
                               << QStringLiteral("Technical Program Manager")
                               << QList<qint64> { 150'000, 150'000, 150'000, 150'000, 150'000 }
                               << QList<qint64> { 210'000, 225'000, 250'000, 275'000, 290'000 };
}

void TestMarketImport::eachShapeWithPercentilesWorkedOutByHand()
{
    QFETCH(QString, csv);
    QFETCH(QString, family);
    QFETCH(QString, level);
    QFETCH(QList<qint64>, base);
    QFETCH(QList<qint64>, total);
    int added = 0;
    const MarketImporter::Preview preview = import(QStringLiteral("reports.csv"), csv, &added);
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    QCOMPARE(added, int(preview.read.reports.size()));
    const MarketDistribution result = distribution(family);
    const int ladder = m_session->marketStore().matcher().ladderOfFamily(family);
    QCOMPARE(result.levels.size(), 1);
    const MarketDistribution::Row &row = result.levels.constFirst();
    QCOMPARE(m_session->ladderStore().ladders().at(ladder).levels.at(row.level).title, level);
    QCOMPARE(row.reports, added);
    QCOMPARE(row.estimated, 0);
    const auto dollars = [](const Percentiles::Summary &summary) {
        QList<qint64> values;
        for (const auto &value : { summary.p10, summary.p25, summary.p50, summary.p75, summary.p90 }) {
            if (value)
                values.append(*value / 100);
        }
        return values;
    };
    QCOMPARE(dollars(row.baseSummary), base);
    QCOMPARE(dollars(row.totalSummary), total);
    QCOMPARE(result.all.reports, added); // every report of the family, levels or not
    QCOMPARE(queryValue(m_files.plan(), QStringLiteral("SELECT source_file FROM market_import")).toString(),
             QStringLiteral("reports.csv"));
}

void TestMarketImport::theSameFileTwiceAddsNothing()
{
    // Two identical rows in one file are two people's reports, and both stay.
    const QString csv = levelsFyiRows() + levelsFyiRows().section(QLatin1Char('\n'), 1, 1) + QLatin1Char('\n');
    int added = 0;
    import(QStringLiteral("a.csv"), csv, &added);
    QCOMPARE(added, 21);
    const MarketImporter::Preview again = import(QStringLiteral("a.csv"), csv, &added);
    QCOMPARE(added, 0);
    QVERIFY(again.fresh.isEmpty());
    QVERIFY(!again.canAdd());
    QCOMPARE(MarketImporter::summary(again), QStringLiteral("Read 21 rows: 0 to add, 21 already in the plan."));
    QCOMPARE(queryValue(m_files.plan(), QStringLiteral("SELECT count(*) FROM market_import")).toInt(), 1);
    // A third copy of that row, in a later file, is one more report.
    import(QStringLiteral("b.csv"), csv + levelsFyiRows().section(QLatin1Char('\n'), 1, 1) + QLatin1Char('\n'), &added);
    QCOMPARE(added, 1);
    QCOMPARE(queryValue(m_files.plan(), QStringLiteral("SELECT count(*) FROM market_report")).toInt(), 22);
    QCOMPARE(distribution(QStringLiteral("Product Manager")).all.reports, 22);
}

void TestMarketImport::anImportIsOneUndoableEdit()
{
    const QString before = dumpTables(m_files.plan());
    QSignalSpy recorded(m_session.get(), &PlanSession::editRecorded);
    QSignalSpy changed(m_session.get(), &PlanSession::planChanged);
    int added = 0;
    import(QStringLiteral("a.csv"), levelsFyiRows(), &added);
    QCOMPARE(added, 20);
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(recorded.at(0).at(0).toString(), QStringLiteral("Import 20 market reports"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<PlanParts>().testFlag(PlanPart::Market));
    QCOMPARE(distribution(QStringLiteral("Product Manager")).all.reports, 20);
    PlanUndoLog::Range redo;
    QString error;
    QVERIFY2(
        m_session->replayEdit({ recorded.at(0).at(1).toLongLong(), recorded.at(0).at(2).toLongLong() }, &redo, &error),
        qPrintable(error));
    QCOMPARE(dumpTables(m_files.plan()), before);
    QVERIFY(!m_session->marketStore().hasReports());
    QCOMPARE(distribution(QStringLiteral("Product Manager")).all.reports, 0);
    // Redone, then undone again: the reports come back with their ids, and go again.
    const QString imported = [&] {
        PlanUndoLog::Range undoAgain;
        if (!m_session->replayEdit(redo, &undoAgain, &error))
            return QString();
        const QString dump = dumpTables(m_files.plan());
        PlanUndoLog::Range redoAgain;
        return m_session->replayEdit(undoAgain, &redoAgain, &error) ? dump : QString();
    }();
    QVERIFY2(imported.contains(QStringLiteral("market_report")), qPrintable(error));
    QCOMPARE(imported.count(QStringLiteral("Seattle, WA")), 20);
    QCOMPARE(dumpTables(m_files.plan()), before);
}

void TestMarketImport::aCancelledReadAddsNothing()
{
    QString csv = QStringLiteral("company,title,total\n");
    for (int i = 0; i < MarketCsv::ProgressStep * 2; ++i)
        csv += QStringLiteral("Initech,Product Manager,%1\n").arg(100'000 + i);
    QFile file(m_files.filePath(QStringLiteral("big.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv.toUtf8());
    file.close();
    QList<QPair<int, int>> told;
    const MarketImporter::Preview preview
        = MarketImporter::preview(*m_session, file.fileName(), QDate(2026, 12, 2), [&](int done, int total) {
              told.append({ done, total });
              return false; // the user pressed Cancel
          });
    QCOMPARE(told, (QList<QPair<int, int>> { { MarketCsv::ProgressStep, MarketCsv::ProgressStep * 2 } }));
    QVERIFY(preview.cancelled);
    QVERIFY(preview.read.reports.isEmpty());
    QVERIFY(!preview.canAdd());
    int added = 0;
    QString error;
    QVERIFY(!MarketImporter::apply(*m_session, preview, &added, &error));
    QCOMPARE(queryValue(m_files.plan(), QStringLiteral("SELECT count(*) FROM market_report")).toInt(), 0);
}

void TestMarketImport::otherCurrenciesCountOnlyThroughTheUsersRate()
{
    QString csv = QStringLiteral("company,title,level,total,currency\n");
    for (int i = 0; i < 5; ++i)
        csv += QStringLiteral("Initech,Product Manager,Senior PM,%1,USD\n").arg(200'000);
    csv += QStringLiteral("Initech,Product Manager,Senior PM,10000000,INR\n");
    int added = 0;
    import(QStringLiteral("mixed.csv"), csv, &added);
    QCOMPARE(added, 6);
    MarketDistribution result = distribution(QStringLiteral("Product Manager"));
    QCOMPARE(result.all.reports, 5);
    QCOMPARE(result.withoutRate, 1);
    QCOMPARE(result.currenciesWithoutRate, QStringList { QStringLiteral("INR") });
    QString error;
    QVERIFY2(m_session->payStore().addRate({ 0, QStringLiteral("INR"), QStringLiteral("USD"), QStringLiteral("0.012"),
                                             QDate(2026, 11, 1), QString() },
                                           &error),
             qPrintable(error));
    result = distribution(QStringLiteral("Product Manager"));
    QCOMPARE(result.all.reports, 6);
    QCOMPARE(result.withoutRate, 0);
    QCOMPARE(result.all.total.constFirst(), 120'000 * 100); // ₹1,00,00,000 at 0.012 dollars a rupee
}

void TestMarketImport::tooLongTextsAreSkippedWithTheirLine()
{
    const QString csv = QStringLiteral("company,title,total\nInitech,Product Manager,1\n%1,Product Manager,2\n")
                            .arg(QString(MarketCsv::LongestName + 1, QLatin1Char('x')));
    int added = 0;
    const MarketImporter::Preview preview = import(QStringLiteral("long.csv"), csv, &added);
    QCOMPARE(added, 1);
    QCOMPARE(preview.read.skipped.size(), 1);
    QCOMPARE(preview.read.skipped.at(0).line, 3);
    QVERIFY2(preview.read.skipped.at(0).reason.startsWith(QStringLiteral("company is longer than 200")),
             qPrintable(preview.read.skipped.at(0).reason));
}

QTEST_GUILESS_MAIN(TestMarketImport)
#include "tst_marketimport.moc"
