// Market pay data at the size such data sets have: reading 60,000 reports from a generated
// Levels.fyi-style CSV and importing them into a plan (target: under a second together),
// then matching them to levels and the distributions a filter asks for (target: 16 ms).
#include "MarketReports.h"
#include "core/base/CsvReader.h"
#include "core/io/MarketImporter.h"
#include "core/market/MarketCsv.h"
#include "core/market/Percentiles.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
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
    void importSixtyThousandIntoAPlan();
    void matchSixtyThousandToLevels();
    void distributionWithoutFilters();
    void distributionFilteredByCompanyPlaceAndYears();
    void undoAndRedoTheImport();

private:
    QString m_csv;
    QList<qint64> m_totals;
    QTemporaryDir m_dir;
    std::unique_ptr<PlanSession> m_session;
};

void BenchMarket::initTestCase()
{
    m_csv = bench::marketCsv(60'000);
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

void BenchMarket::importSixtyThousandIntoAPlan()
{
    // Into a new plan each time QtTest runs this (a second import of a file adds nothing).
    // The whole way, file to plan.
    static int run = 0;
    const QString plan = m_dir.filePath(QStringLiteral("market%1.careerplan").arg(++run));
    m_session.reset();
    const QString csv = m_dir.filePath(QStringLiteral("salaries.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(m_csv.toUtf8()) > 0);
    file.close();
    QString error;
    QVERIFY2(PlanFactory::createWithReferenceLadders(plan, &error), qPrintable(error));
    m_session = PlanSession::open(plan, &error);
    QVERIFY2(m_session, qPrintable(error));
    int added = 0;
    QElapsedTimer read;
    qint64 readMs = 0;
    QBENCHMARK_ONCE
    {
        read.start();
        const MarketImporter::Preview preview = MarketImporter::preview(*m_session, csv, QDate(2026, 12, 2));
        readMs = read.elapsed();
        QVERIFY2(MarketImporter::apply(*m_session, preview, &added, &error), qPrintable(error));
    }
    qInfo("read and checked in %lld ms, the rest written", readMs);
    QCOMPARE(added, 60'000);
}

void BenchMarket::matchSixtyThousandToLevels()
{
    QVERIFY(m_session);
    const MarketStore &market = m_session->marketStore();
    QCOMPARE(market.table().size(), 60'000);
    QList<MarketMatcher::Match> matches;
    QBENCHMARK
    {
        matches = market.matcher().matchAll(market.table());
    }
    QVERIFY(std::count_if(matches.cbegin(), matches.cend(), [](const auto &m) { return m.matched(); }) > 10'000);
}

void BenchMarket::distributionWithoutFilters()
{
    QVERIFY(m_session);
    MarketFilter filter;
    filter.ladder = m_session->marketStore().matcher().ladderOfFamily(QStringLiteral("Product Manager"));
    MarketDistribution result;
    QBENCHMARK
    {
        result = m_session->marketStore().distribution(filter, m_session->payStore().converter());
    }
    QVERIFY(result.all.reports > 10'000);
}

void BenchMarket::distributionFilteredByCompanyPlaceAndYears()
{
    QVERIFY(m_session);
    MarketFilter filter;
    filter.ladder = m_session->marketStore().matcher().ladderOfFamily(QStringLiteral("Product Manager"));
    filter.company = QStringLiteral("amazon");
    filter.locationContains = QStringLiteral("seattle");
    filter.yearsFrom = 3;
    filter.yearsTo = 12;
    filter.from = QDate(2020, 6, 5);
    MarketDistribution result;
    QBENCHMARK
    {
        result = m_session->marketStore().distribution(filter, m_session->payStore().converter());
    }
    QVERIFY(result.all.reports > 100);
}

void BenchMarket::undoAndRedoTheImport()
{
    // Undo takes the import's row away and its reports with it; redo puts back every one.
    QVERIFY(m_session);
    QSignalSpy recorded(m_session.get(), &PlanSession::editRecorded);
    QString error;
    QVERIFY(m_session->marketStore().saveAlias({ 0, QStringLiteral("AMZN"), QStringLiteral("Amazon") }, &error));
    QCOMPARE(recorded.count(), 1);
    PlanUndoLog::Range undone;
    PlanUndoLog::Range redone;
    QVERIFY(m_session->replayEdit({ recorded.at(0).at(1).toLongLong(), recorded.at(0).at(2).toLongLong() }, &undone,
                                  &error));
    const PlanUndoLog::Range import { 1, undone.first - 1 }; // the log before the alias: the import
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_session->replayEdit(import, &redone, &error), qPrintable(error));
    const qint64 undoMs = timer.restart();
    QVERIFY(!m_session->marketStore().hasReports());
    PlanUndoLog::Range again;
    QVERIFY2(m_session->replayEdit(redone, &again, &error), qPrintable(error));
    qInfo("undo of 60,000 reports %lld ms, redo %lld ms", undoMs, qint64(timer.elapsed()));
    QCOMPARE(m_session->marketStore().table().size(), 60'000);
}

QTEST_GUILESS_MAIN(BenchMarket)
#include "bench_market.moc"
