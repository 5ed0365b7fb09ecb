// Market pay: reports read from CSV in each shape people have (a Levels.fyi-style export,
// an H-1B disclosure file, one's own sheet), with the rows skipped and why; where amounts
// stand among reports, by PERCENTILE.INC, on cases worked out by hand (ties, one report,
// two), and the rank of one's own pay among them.
#include "core/market/MarketCsv.h"
#include "core/market/Percentiles.h"

#include <QTest>

using namespace careerplanner;

class TestMarketPay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsALevelsFyiExport();
    void readsAnH1bDisclosureFile();
    void readsASheetOfOnesOwn();
    void refusesAFileWithoutPay();
    void percentilesWorkedOutByHand_data();
    void percentilesWorkedOutByHand();
    void belowFiveReportsThereAreNoPercentiles();
    void rankOfMyPay();
};

void TestMarketPay::readsALevelsFyiExport()
{
    // The public data set's columns, some left out, a BOM, one column it does not know.
    const QString csv = QStringLiteral(
        "\xFEFF"
        "timestamp,company,level,title,totalyearlycompensation,location,yearsofexperience,basesalary,"
        "stockgrantvalue,bonus,gender\n"
        "6/7/2017 11:33:27,Amazon,L6,Product Manager,\"193,000\",\"Seattle, WA\",5.5,150000,30000,13000,\n"
        "6/10/2017 17:11:29,amazon ,L5,Product Manager,127K,\"Seattle, WA\",1.5,107000,,,\n"
        "6/11/2017 14:53:57,Amazon,L6,Product Manager,,Seattle,7,,,,\n"
        "6/12/2017 9:00:00,Amazon,L6,Product Manager,lots,Seattle,7,,,,\n"
        "6/12/2017 9:00:00,Amazon,L7,Product Manager,-5,Seattle,9,,,,\n");
    const MarketCsv::Read read = MarketCsv::read(csv, QStringLiteral("salaries.csv"), QDate(2026, 12, 2));
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.shape, MarketCsv::Shape::LevelsFyi);
    QCOMPARE(read.rowsRead, 5);
    QCOMPARE(read.reports.size(), 2);
    const MarketReport &first = read.reports.constFirst();
    QCOMPARE(first.company, QStringLiteral("Amazon"));
    QCOMPARE(first.level, QStringLiteral("L6"));
    QCOMPARE(first.total, std::optional<qint64>(19'300'000));
    QCOMPARE(first.base, std::optional<qint64>(15'000'000));
    QCOMPARE(first.stock, std::optional<qint64>(3'000'000));
    QCOMPARE(first.location, QStringLiteral("Seattle, WA"));
    QCOMPARE(first.yearsOfExperience, std::optional<double>(5.5));
    QCOMPARE(first.date, QDate(2017, 6, 7));
    QCOMPARE(first.currency, QStringLiteral("USD"));
    QCOMPARE(first.source, QStringLiteral("salaries.csv"));
    QCOMPARE(read.reports.at(1).total, std::optional<qint64>(12'700'000)); // "127K"
    QCOMPARE(read.lines, (QList<int> { 2, 3 }));
    // Skipped with their lines: no pay at all, not a number, negative.
    QCOMPARE(read.skipped.size(), 3);
    QCOMPARE(read.skipped.at(0).line, 4);
    QCOMPARE(read.skipped.at(0).reason, QStringLiteral("no base and no total pay"));
    QCOMPARE(read.skipped.at(1).line, 5);
    QVERIFY2(read.skipped.at(1).reason.contains(QStringLiteral("“lots”")), qPrintable(read.skipped.at(1).reason));
    QCOMPARE(read.skipped.at(2).line, 6);
    QVERIFY2(read.skipped.at(2).reason.contains(QStringLiteral("negative")), qPrintable(read.skipped.at(2).reason));
}

void TestMarketPay::readsAnH1bDisclosureFile()
{
    // Base pay only, rates by the hour, week and month made yearly; certified cases only.
    const QString csv = QStringLiteral(
        "CASE_STATUS,BEGIN_DATE,EMPLOYER_NAME,JOB_TITLE,WAGE_RATE_OF_PAY_FROM,WAGE_RATE_OF_PAY_TO,"
        "WAGE_UNIT_OF_PAY,WORKSITE_CITY,WORKSITE_STATE\n"
        "Certified,2024-10-01,AMAZON.COM SERVICES LLC,Sr. Program Manager,\"$150,000.00\",,Year,Seattle,WA\n"
        "Certified,2024-10-01,Contoso,Program Manager,55.50,,Hour,Austin,TX\n"
        "Certified,2024-11-01,Contoso,Program Manager,2000,,Week,,TX\n"
        "Certified,2024-11-01,Contoso,Program Manager,10000,,Month,Austin,TX\n"
        "Denied,2024-11-01,Contoso,Program Manager,90000,,Year,Austin,TX\n"
        "Certified - Withdrawn,2024-11-01,Contoso,Program Manager,90000,,Year,Austin,TX\n"
        "Certified,2024-11-01,Contoso,Program Manager,90000,,Fortnight,Austin,TX\n");
    const MarketCsv::Read read = MarketCsv::read(csv, QStringLiteral("LCA_FY2025.csv"), QDate(2026, 12, 2));
    QCOMPARE(read.shape, MarketCsv::Shape::H1b);
    QCOMPARE(read.rowsRead, 7);
    QCOMPARE(read.reports.size(), 4);
    QCOMPARE(read.reports.at(0).base, std::optional<qint64>(15'000'000));
    QCOMPARE(read.reports.at(0).title, QStringLiteral("Sr. Program Manager"));
    QCOMPARE(read.reports.at(0).location, QStringLiteral("Seattle, WA"));
    QCOMPARE(read.reports.at(0).date, QDate(2024, 10, 1));
    QCOMPARE(read.reports.at(1).base, std::optional<qint64>(11'544'000)); // 55.50 × 2,080 hours
    QCOMPARE(read.reports.at(2).base, std::optional<qint64>(10'400'000)); // 2,000 × 52 weeks
    QCOMPARE(read.reports.at(2).location, QStringLiteral("TX"));
    QCOMPARE(read.reports.at(3).base, std::optional<qint64>(12'000'000)); // 10,000 × 12 months
    QVERIFY(!read.reports.at(0).total);
    QCOMPARE(read.skipped.size(), 3);
    QVERIFY(read.skipped.at(0).reason.contains(QStringLiteral("only certified cases")));
    QCOMPARE(read.skipped.at(1).line, 7);
    QVERIFY(read.skipped.at(2).reason.contains(QStringLiteral("Fortnight")));
}

void TestMarketPay::readsASheetOfOnesOwn()
{
    // In any order and case, semicolon separated as a European spreadsheet saves it.
    const QString csv = QStringLiteral("Total;Base;Company;TITLE;Years of Experience;Date;Currency;Notes\n"
                                       "250K;180000;Northwind;Senior Program Manager;8;2026-03-01;USD;from a friend\n"
                                       ";4500000;Tata;Program Manager;6;2026-05-01;INR;\n"
                                       "100000;120000;Northwind;Program Manager;x;2026-05-01;USD;\n");
    const MarketCsv::Read read = MarketCsv::read(csv, QStringLiteral("mine.csv"), QDate(2026, 12, 2));
    QCOMPARE(read.shape, MarketCsv::Shape::OwnSheet);
    QCOMPARE(read.reports.size(), 2);
    QCOMPARE(read.reports.at(0).total, std::optional<qint64>(25'000'000));
    QCOMPARE(read.reports.at(0).title, QStringLiteral("Senior Program Manager"));
    QCOMPARE(read.reports.at(0).yearsOfExperience, std::optional<double>(8));
    QCOMPARE(read.reports.at(1).currency, QStringLiteral("INR"));
    QCOMPARE(read.reports.at(1).base, std::optional<qint64>(450'000'000));
    QCOMPARE(read.skipped.size(), 1);
    QCOMPARE(read.skipped.constFirst().line, 4);
    QVERIFY(read.skipped.constFirst().reason.contains(QStringLiteral("years of experience")));
}

void TestMarketPay::refusesAFileWithoutPay()
{
    const MarketCsv::Read read
        = MarketCsv::read(QStringLiteral("company,title\nAmazon,PM\n"), QStringLiteral("x.csv"), QDate(2026, 12, 2));
    QVERIFY(read.reports.isEmpty());
    QVERIFY(read.error.contains(QStringLiteral("no column of base or total pay")));
    QVERIFY(!MarketCsv::read(QString(), QStringLiteral("x.csv"), QDate(2026, 12, 2)).error.isEmpty());
}

void TestMarketPay::percentilesWorkedOutByHand_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<QList<qint64>>("expected"); // P10, P25, P50, P75, P90
    // Rank p(n − 1)/100: with five values 0.4, 1, 2, 3, 3.6; 14 = 10 + 0.4 × (20 − 10).
    QTest::newRow("five, evenly spaced") << QList<qint64> { 10, 20, 30, 40, 50 }
                                         << QList<qint64> { 14, 20, 30, 40, 46 };
    // Ties: every rank falls between equal values; P75, at rank 3, is the first 10.
    QTest::newRow("ties") << QList<qint64> { 5, 5, 5, 10, 10 } << QList<qint64> { 5, 5, 5, 10, 10 };
    QTest::newRow("one report") << QList<qint64> { 7'000'000 }
                                << QList<qint64> { 7'000'000, 7'000'000, 7'000'000, 7'000'000, 7'000'000 };
    // Two: the rank is p/100 itself, so P10 is a tenth of the way from one to the other.
    QTest::newRow("two") << QList<qint64> { 10'000'000, 20'000'000 }
                         << QList<qint64> { 11'000'000, 12'500'000, 15'000'000, 17'500'000, 19'000'000 };
    // Halves of a minor unit round up: 1 + 0.5 × 1 = 1.5 → 2; 0.25 → 1, 0.75 → 2, 0.9 → 2.
    QTest::newRow("rounding to a cent") << QList<qint64> { 1, 2 } << QList<qint64> { 1, 1, 2, 2, 2 };
}

void TestMarketPay::percentilesWorkedOutByHand()
{
    QFETCH(QList<qint64>, values);
    QFETCH(QList<qint64>, expected);
    const int percents[] = { 10, 25, 50, 75, 90 };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(Percentiles::inclusive(values, percents[i]), std::optional<qint64>(expected.at(i)));
    QCOMPARE(Percentiles::inclusive(values, 0), std::optional<qint64>(values.constFirst()));
    QCOMPARE(Percentiles::inclusive(values, 100), std::optional<qint64>(values.constLast()));
    QVERIFY(!Percentiles::inclusive({}, 50));
}

void TestMarketPay::belowFiveReportsThereAreNoPercentiles()
{
    const Percentiles::Summary four = Percentiles::summarize({ 40, 10, 30, 20 });
    QCOMPARE(four.count, 4);
    QVERIFY(!four.enough());
    QVERIFY(!four.p50);
    // Five, in any order: sorted first.
    const Percentiles::Summary five = Percentiles::summarize({ 50, 10, 40, 20, 30 });
    QVERIFY(five.enough());
    QCOMPARE(five.p10, std::optional<qint64>(14));
    QCOMPARE(five.p50, std::optional<qint64>(30));
    QCOMPARE(five.p90, std::optional<qint64>(46));
}

void TestMarketPay::rankOfMyPay()
{
    const QList<qint64> sorted { 10, 20, 30, 40, 50 };
    QCOMPARE(Percentiles::rankOf(sorted, 30), std::optional<double>(50.0)); // two below, itself half
    QCOMPARE(Percentiles::rankOf(sorted, 5), std::optional<double>(0.0));
    QCOMPARE(Percentiles::rankOf(sorted, 60), std::optional<double>(100.0));
    QCOMPARE(Percentiles::rankOf(sorted, 35), std::optional<double>(60.0));
    QVERIFY(!Percentiles::rankOf({}, 35));
}

QTEST_GUILESS_MAIN(TestMarketPay)
#include "tst_marketpay.moc"
