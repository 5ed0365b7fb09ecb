// How long the promotion-path Monte Carlo takes: 100,000 simulated careers over a 7-level
// path, single-threaded. A measurement, not a test: the target (under 100 ms) is reported
// by scripts/benchmark.sh, never asserted.
#include "core/path/CareerSimulation.h"

#include <QTest>

using namespace careerplanner;

class BenchSimulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredThousandCareersOverSevenLevels();
};

void BenchSimulation::hundredThousandCareersOverSevenLevels()
{
    CareerSimulation::Input input;
    input.today = QDate(2026, 11, 22);
    input.currentStart = QDate(2025, 3, 1);
    // APM to VP on the Program Management ladder, with the guide's figures and guesses.
    input.times = { { 24, 24, 30 }, { 36, 48, 60 }, { 24, 36, 60 }, { 24, 36, 60 },
                    { 24, 36, 60 }, { 24, 36, 60 }, { 0, 0, 0 } };
    input.annualPay = { 9'000'000, 11'500'000, 15'500'000, 19'500'000, 22'500'000, 27'500'000, 32'500'000 };
    input.horizonYears = 20;
    CareerSimulation::Result result;
    QBENCHMARK
    {
        result = CareerSimulation::run(input, 100'000, 2026);
    }
    QCOMPARE(result.runs, 100'000);
    QCOMPARE(result.reachMonths.size(), 6);
}

QTEST_GUILESS_MAIN(BenchSimulation)
#include "bench_simulation.moc"
