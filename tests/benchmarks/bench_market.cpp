// Market pay data at the size such data sets have: reading 60,000 reports from a generated
// Levels.fyi-style CSV (target: under a second), and their percentiles (target: 16 ms).
#include "core/base/CsvReader.h"
#include "core/market/MarketCsv.h"
#include "core/market/Percentiles.h"

#include <QRandomGenerator>
#include <QTest>

using namespace careerplanner;

class BenchMarket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void splitSixtyThousandRows(); // the CSV reader alone, for comparison
    void readSixtyThousandReports();
    void percentilesOfSixtyThousand();

private:
    QString m_csv;
    QList<qint64> m_totals;
};

void BenchMarket::initTestCase()
{
    // The public data set's columns, with figures drawn from a fixed seed.
    QRandomGenerator random(42);
    m_csv = QStringLiteral("timestamp,company,level,title,totalyearlycompensation,location,yearsofexperience,"
                           "yearsatcompany,tag,basesalary,stockgrantvalue,bonus\n");
    const QStringList companies { "Amazon", "Microsoft", "Google", "Contoso", "Northwind" };
    for (int i = 0; i < 60'000; ++i) {
        const int base = 90'000 + int(random.bounded(120'000));
        const int stock = int(random.bounded(80'000));
        const int bonus = int(random.bounded(20'000));
        m_csv += QStringLiteral("6/7/2017 11:33:27,%1,L%2,Product Manager,%3,\"Seattle, WA\",%4,1,Product,%5,%6,%7\n")
                     .arg(companies.at(i % companies.size()))
                     .arg(4 + i % 5)
                     .arg(base + stock + bonus)
                     .arg(i % 20)
                     .arg(base)
                     .arg(stock)
                     .arg(bonus);
    }
}

void BenchMarket::splitSixtyThousandRows()
{
    QList<CsvReader::Record> records;
    QString error;
    QBENCHMARK
    {
        QVERIFY(CsvReader::parse(m_csv, &records, &error));
    }
    QCOMPARE(records.size(), 60'001);
}

void BenchMarket::readSixtyThousandReports()
{
    MarketCsv::Read read;
    QBENCHMARK
    {
        read = MarketCsv::read(m_csv, QStringLiteral("salaries.csv"), QDate(2026, 12, 2));
    }
    QCOMPARE(read.reports.size(), 60'000);
    m_totals.clear();
    for (const MarketReport &report : std::as_const(read.reports))
        m_totals.append(*report.total);
}

void BenchMarket::percentilesOfSixtyThousand()
{
    Percentiles::Summary summary;
    QBENCHMARK
    {
        summary = Percentiles::summarize(m_totals);
    }
    QCOMPARE(summary.count, 60'000);
    QVERIFY(summary.p10 < summary.p90);
}

QTEST_GUILESS_MAIN(BenchMarket)
#include "bench_market.moc"
