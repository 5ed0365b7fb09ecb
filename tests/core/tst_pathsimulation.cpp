// Earnings along a path and the Monte Carlo simulation, against cases worked by hand.
#include "core/path/CareerEarnings.h"
#include "core/path/CareerSimulation.h"
#include "core/path/PathPay.h"
#include "core/plan/SamplePlan.h"

#include <QTest>

#include <algorithm>
#include <vector>

using namespace careerplanner;

namespace {

Scenario twoSteps(const QDate &first, const QDate &second)
{
    Scenario scenario;
    PathStep a;
    a.levelTitle = QStringLiteral("A");
    a.targetDate = first;
    PathStep b;
    b.levelTitle = QStringLiteral("B");
    b.targetDate = second;
    scenario.steps = { a, b };
    return scenario;
}

// Quantiles of X - elapsed for X triangular(a, c, b) given X > elapsed, computed without
// the program's formulas: the density is integrated numerically over a fine grid.
QList<double> truncatedQuantiles(double a, double c, double b, double elapsed, const QList<double> &levels)
{
    const auto density = [=](double x) {
        if (x < a || x > b)
            return 0.0;
        return x <= c ? 2 * (x - a) / ((b - a) * (c - a)) : 2 * (b - x) / ((b - a) * (b - c));
    };
    constexpr int Steps = 200'000;
    const double from = std::max(a, elapsed);
    const double width = (b - from) / Steps;
    std::vector<double> cumulative(Steps + 1, 0.0);
    for (int i = 1; i <= Steps; ++i) {
        const double x0 = from + (i - 1) * width;
        cumulative[static_cast<size_t>(i)]
            = cumulative[static_cast<size_t>(i - 1)] + (density(x0) + density(x0 + width)) / 2 * width;
    }
    QList<double> quantiles;
    for (double level : levels) {
        const double wanted = level * cumulative.back();
        const auto at = std::lower_bound(cumulative.begin(), cumulative.end(), wanted);
        quantiles.append(from + static_cast<double>(at - cumulative.begin()) * width - elapsed);
    }
    return quantiles;
}

} // namespace

class TestPathSimulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void earningsBetweenDates();
    void earningsByCalendarYear();
    void yearsToTarget();
    void triangularDraws();
    void sameSeedSameResult();
    void degenerateRangesGiveTheFixedValue();
    void percentilesAreOrdered();
    void timeAlreadySpentCounts();
    void nextPromotionIsDrawnGivenItHasNotHappened_data();
    void nextPromotionIsDrawnGivenItHasNotHappened();
    void overduePromotionFollowsTheStatedRule();
    void samplePlanIsNotPromotedToday();
    void cancelStopsTheRun();
    void expectedPayAlongTheSamplePath();
};

void TestPathSimulation::earningsBetweenDates()
{
    // 36,525 a year is 100 a day (365.25 days a year); the second level pays 200 a day.
    const Scenario scenario = twoSteps(QDate(2026, 1, 1), QDate(2026, 7, 1));
    const QList<qint64> pay { 36'525, 73'050 };
    QCOMPARE(CareerEarnings::between(scenario, pay, QDate(2026, 1, 1), QDate(2026, 1, 11)), 1'000);
    // 181 days at 100, then 10 days at 200.
    QCOMPARE(CareerEarnings::between(scenario, pay, QDate(2026, 1, 1), QDate(2026, 7, 11)), 18'100 + 2'000);
    QCOMPARE(CareerEarnings::between(scenario, pay, QDate(2026, 3, 1), QDate(2026, 3, 1)), 0);
}

void TestPathSimulation::earningsByCalendarYear()
{
    const Scenario scenario = twoSteps(QDate(2026, 1, 1), QDate(2026, 7, 1));
    const QList<CareerEarnings::Year> years
        = CareerEarnings::byYear(scenario, { 36'525, 73'050 }, QDate(2026, 1, 1), 2);
    QCOMPARE(years.size(), 2);
    QCOMPARE(years[0].year, 2026);
    QCOMPARE(years[0].pay, 181 * 100 + 184 * 200);
    QCOMPARE(years[0].level, QStringLiteral("B"));
    QCOMPARE(years[1].pay, 365 * 200);
    QCOMPARE(years[1].cumulative, years[0].pay + years[1].pay);
}

void TestPathSimulation::yearsToTarget()
{
    const Scenario scenario = twoSteps(QDate(2026, 1, 1), QDate(2030, 1, 1));
    QCOMPARE(CareerEarnings::yearsToTarget(scenario, QDate(2026, 1, 1)), 1461 / 365.25);
    QCOMPARE(CareerEarnings::yearsToTarget(scenario, QDate(2031, 1, 1)), 0.0);
}

void TestPathSimulation::triangularDraws()
{
    const TimeAtLevel time { 12, 24, 60 };
    QCOMPARE(CareerSimulation::triangular(time, 0.0), 12.0);
    // The most likely value sits where the cumulative distribution is (c-a)/(b-a) = 0.25.
    QCOMPARE(CareerSimulation::triangular(time, 0.25), 24.0);
    QVERIFY(qAbs(CareerSimulation::triangular(time, 1.0 - 1e-12) - 60.0) < 1e-3);
    QCOMPARE(CareerSimulation::triangular({ 30, 30, 30 }, 0.7), 30.0);
}

void TestPathSimulation::sameSeedSameResult()
{
    CareerSimulation::Input input;
    input.times = { { 12, 24, 48 }, { 24, 36, 60 }, { 24, 30, 72 }, { 0, 0, 0 } };
    input.today = QDate(2026, 11, 22);
    input.currentStart = QDate(2026, 1, 1);
    input.annualPay = { 10'000'000, 15'000'000, 20'000'000, 30'000'000 };
    const auto a = CareerSimulation::run(input, 5'000, 42);
    const auto b = CareerSimulation::run(input, 5'000, 42);
    const auto c = CareerSimulation::run(input, 5'000, 43);
    QCOMPARE(a.runs, 5'000);
    for (int s = 0; s < a.reachMonths.size(); ++s) {
        QCOMPARE(a.reachMonths[s].p10, b.reachMonths[s].p10);
        QCOMPARE(a.reachMonths[s].p50, b.reachMonths[s].p50);
        QCOMPARE(a.reachMonths[s].p90, b.reachMonths[s].p90);
    }
    QCOMPARE(a.cumulativeByYear[5].p50, b.cumulativeByYear[5].p50);
    QVERIFY(a.reachMonths[2].p50 != c.reachMonths[2].p50);
}

void TestPathSimulation::degenerateRangesGiveTheFixedValue()
{
    CareerSimulation::Input input;
    input.today = QDate(2026, 1, 1);
    input.currentStart = input.today;
    input.times = { { 24, 24, 24 }, { 36, 36, 36 }, { 0, 0, 0 } };
    input.annualPay = { 12'000'000, 24'000'000, 36'000'000 };
    input.horizonYears = 3;
    const auto result = CareerSimulation::run(input, 1'000, 7);
    QCOMPARE(result.reachMonths.size(), 2);
    for (const auto &[expected, p] :
         { std::pair { 24.0, result.reachMonths[0] }, std::pair { 60.0, result.reachMonths[1] } }) {
        QCOMPARE(p.p10, expected);
        QCOMPARE(p.p50, expected);
        QCOMPARE(p.p90, expected);
    }
    QCOMPARE(result.dateAfterMonths(24), QDate(2028, 1, 1));
    // Earnings: two years at 120,000.00, then the second level at 240,000.00.
    QCOMPARE(result.cumulativeByYear[0].p50, 12'000'000.0);
    QCOMPARE(result.cumulativeByYear[1].p10, 24'000'000.0);
    QCOMPARE(result.cumulativeByYear[2].p90, 48'000'000.0);
}

void TestPathSimulation::percentilesAreOrdered()
{
    CareerSimulation::Input input;
    input.today = QDate(2026, 6, 1);
    input.currentStart = QDate(2025, 6, 1);
    input.times = { { 24, 36, 60 }, { 24, 36, 60 }, { 18, 30, 84 }, { 12, 48, 96 },
                    { 36, 48, 60 }, { 24, 36, 48 }, { 0, 0, 0 } };
    input.annualPay = { 1, 2, 3, 4, 5, 6, 7 };
    const auto result = CareerSimulation::run(input, CareerSimulation::DefaultRuns, 2026);
    QCOMPARE(result.reachMonths.size(), 6);
    double previous = 0;
    for (const auto &p : result.reachMonths) {
        QVERIFY(p.p10 <= p.p50);
        QVERIFY(p.p50 <= p.p90);
        QVERIFY(p.p50 > previous); // each level is reached after the one before
        previous = p.p50;
    }
    for (const auto &p : result.cumulativeByYear)
        QVERIFY(p.p10 <= p.p50 && p.p50 <= p.p90);
}

void TestPathSimulation::timeAlreadySpentCounts()
{
    // 30 months at a level usually held exactly 24: the promotion is due now, not in the past.
    CareerSimulation::Input input;
    input.today = QDate(2026, 7, 1);
    input.currentStart = QDate(2024, 1, 1);
    input.times = { { 24, 24, 24 }, { 0, 0, 0 } };
    input.annualPay = { 1, 1 };
    const auto result = CareerSimulation::run(input, 2'000, 1);
    QVERIFY(result.currentLevelOverdue);
    QVERIFY(result.reachMonths[0].p10 > 0); // overdue: never "today" for all of them
    // 6 months in, of 12-36: the rest of the time is left.
    input.currentStart = QDate(2026, 1, 1);
    input.times = { { 12, 24, 36 }, { 0, 0, 0 } };
    const auto later = CareerSimulation::run(input, 2'000, 1);
    QVERIFY(later.reachMonths[0].p10 >= 0);
    QVERIFY(qAbs(later.reachMonths[0].p50 - (24 - 6)) < 1.0);
}

void TestPathSimulation::nextPromotionIsDrawnGivenItHasNotHappened_data()
{
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("likely");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("monthsSpent");
    QTest::newRow("before the most likely") << 24 << 36 << 60 << 30;
    QTest::newRow("past the most likely") << 24 << 36 << 60 << 48;
    QTest::newRow("likely at the low end") << 12 << 12 << 48 << 20;
    QTest::newRow("likely at the high end") << 12 << 48 << 48 << 40;
    QTest::newRow("before the range starts") << 24 << 36 << 60 << 10;
}

void TestPathSimulation::nextPromotionIsDrawnGivenItHasNotHappened()
{
    QFETCH(int, minimum);
    QFETCH(int, likely);
    QFETCH(int, maximum);
    QFETCH(int, monthsSpent);
    CareerSimulation::Input input;
    input.today = QDate(2026, 12, 1);
    input.currentStart = input.today.addMonths(-monthsSpent);
    input.times = { { minimum, likely, maximum }, { 0, 0, 0 } };
    input.annualPay = { 1, 1 };
    const auto result = CareerSimulation::run(input, 100'000, 11);
    QVERIFY(!result.currentLevelOverdue);
    const QList<double> expected
        = truncatedQuantiles(minimum, likely, maximum, input.elapsedMonths(), { 0.1, 0.5, 0.9 });
    const auto &p = result.reachMonths[0];
    // 100,000 draws: a quantile's sampling error is well under a tenth of a month here.
    const double tolerance = 0.25;
    QVERIFY2(qAbs(p.p10 - expected[0]) < tolerance,
             qPrintable(QStringLiteral("P10 %1 vs %2").arg(p.p10).arg(expected[0])));
    QVERIFY2(qAbs(p.p50 - expected[1]) < tolerance,
             qPrintable(QStringLiteral("P50 %1 vs %2").arg(p.p50).arg(expected[1])));
    QVERIFY2(qAbs(p.p90 - expected[2]) < tolerance,
             qPrintable(QStringLiteral("P90 %1 vs %2").arg(p.p90).arg(expected[2])));
    QVERIFY(p.p10 > 0.5); // nobody is promoted "today" because the range was clipped
}

void TestPathSimulation::overduePromotionFollowsTheStatedRule()
{
    // Six years at a level held three to five: due any month of the next twelve.
    CareerSimulation::Input input;
    input.today = QDate(2026, 12, 1);
    input.currentStart = QDate(2020, 12, 1);
    input.times = { { 36, 48, 60 }, { 24, 36, 48 }, { 0, 0, 0 } };
    input.annualPay = { 1, 1, 1 };
    const auto result = CareerSimulation::run(input, 100'000, 5);
    QVERIFY(result.currentLevelOverdue);
    const double window = CareerSimulation::OverdueWindowMonths;
    QVERIFY(qAbs(result.reachMonths[0].p10 - 0.1 * window) < 0.15);
    QVERIFY(qAbs(result.reachMonths[0].p50 - 0.5 * window) < 0.15);
    QVERIFY(qAbs(result.reachMonths[0].p90 - 0.9 * window) < 0.15);
    QVERIFY(CareerSimulation::overdueRule().contains(QString::number(window)));
}

void TestPathSimulation::samplePlanIsNotPromotedToday()
{
    PlanContent sample;
    QString error;
    QVERIFY(SamplePlan::build(&sample, &error));
    const Scenario &plan = sample.scenarios.constFirst();
    CareerSimulation::Input input;
    for (const PathStep &step : plan.steps)
        input.times.append(step.timeAtLevel);
    input.currentStart = plan.steps.constFirst().targetDate;
    input.today = input.currentStart.addMonths(plan.steps.constFirst().timeAtLevel.likelyMonths);
    input.annualPay = PathPay::amounts(
        PathPay::expected(plan, sample.ladders, sample.adjustment, sample.payPackages, sample.payHistory));
    const auto result = CareerSimulation::run(input, CareerSimulation::DefaultRuns, 1);
    QVERIFY(result.dateAfterMonths(result.reachMonths[0].p10) > input.today);
}

void TestPathSimulation::cancelStopsTheRun()
{
    CareerSimulation::Input input;
    input.today = QDate(2026, 1, 1);
    input.times = { { 12, 24, 36 }, { 0, 0, 0 } };
    input.annualPay = { 1, 1 };
    int calls = 0;
    const auto result = CareerSimulation::run(input, 100'000, 1, [&calls](int done) {
        ++calls;
        return done < 4'000; // cancel after two progress reports
    });
    QVERIFY(result.cancelled);
    QCOMPARE(result.runs, 4'000);
    QCOMPARE(calls, 3);
}

void TestPathSimulation::expectedPayAlongTheSamplePath()
{
    PlanContent sample;
    QString error;
    QVERIFY(SamplePlan::build(&sample, &error));
    const Scenario &plan = sample.scenarios.constFirst();
    const QList<PathPay::Expected> expected
        = PathPay::expected(plan, sample.ladders, sample.adjustment, sample.payPackages, sample.payHistory);
    QCOMPARE(expected.size(), plan.steps.size());
    // Now: the current job package's first year, $128,000 + $5,250 stock + $12,000 bonus.
    QCOMPARE(expected[0].annual, 14'525'000);
    QVERIFY(expected[0].basis.contains(QStringLiteral("current job")));
    // Senior Program Manager: $110,000-$200,000+ base, midpoint $155,000 at least.
    QCOMPARE(expected[1].annual, 15'500'000);
    QVERIFY(expected[1].basis.contains(QStringLiteral("open-ended")));
    // With the (switched-on) Seattle and AWS assumptions: x1.10 x1.05 on both ends.
    BandAdjustment on = sample.adjustment;
    on.enabled = true;
    const auto adjusted = PathPay::expected(plan, sample.ladders, on, sample.payPackages, sample.payHistory);
    QCOMPARE(adjusted[1].annual, (12'705'000 + 23'100'000 + 1) / 2);
}

QTEST_GUILESS_MAIN(TestPathSimulation)
#include "tst_pathsimulation.moc"
