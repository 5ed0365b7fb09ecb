#include "core/path/CareerSimulation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <random>

namespace careerplanner {

namespace {

constexpr double DaysPerMonth = 365.25 / 12.0;
constexpr int ProgressEvery = 2'000;

// mt19937_64 is specified to the bit by the standard; the conversion to [0, 1) is done
// here rather than by a library distribution, whose output may differ between versions.
double uniform(std::mt19937_64 &engine)
{
    return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

// The median first; then P10 is found among the values below it and P90 among those
// above, each partition a fraction of the whole.
CareerSimulation::Percentiles percentiles(std::vector<double> &values)
{
    const auto index = [&values](double q) {
        return values.begin() + static_cast<std::ptrdiff_t>(q * static_cast<double>(values.size() - 1));
    };
    const auto median = index(0.5);
    std::nth_element(values.begin(), median, values.end());
    const auto low = index(0.1);
    std::nth_element(values.begin(), low, median);
    const auto high = index(0.9);
    std::nth_element(median + 1, high, values.end());
    return { *low, *median, *high };
}

} // namespace

double CareerSimulation::triangularCdf(const TimeAtLevel &time, double x)
{
    const double a = time.minimumMonths;
    const double c = time.likelyMonths;
    const double b = time.maximumMonths;
    if (x <= a)
        return 0;
    if (x >= b)
        return 1;
    if (x <= c)
        return (x - a) * (x - a) / ((b - a) * (c - a));
    return 1 - (b - x) * (b - x) / ((b - a) * (b - c));
}

double CareerSimulation::remainingTime(const TimeAtLevel &time, double elapsed, double u)
{
    if (elapsed >= time.maximumMonths)
        return u * OverdueWindowMonths;
    // Drawn from the part of the distribution past the time already spent: u is mapped
    // onto [F(elapsed), 1) before the inverse is taken.
    const double from = triangularCdf(time, elapsed);
    return std::max(0.0, triangular(time, from + u * (1 - from)) - elapsed);
}

QString CareerSimulation::overdueRule()
{
    return QCoreApplication::translate(
               "CareerSimulation", "You have held your level longer than the most time the path gives it, so the "
                                   "next promotion is taken as overdue: it is drawn evenly over the next %1 months.")
        .arg(OverdueWindowMonths);
}

bool CareerSimulation::Input::currentLevelOverdue() const
{
    return !times.isEmpty() && elapsedMonths() >= times.constFirst().maximumMonths;
}

double CareerSimulation::Input::elapsedMonths() const
{
    return currentStart.isValid() ? static_cast<double>(std::max<qint64>(0, currentStart.daysTo(today))) / DaysPerMonth
                                  : 0.0;
}

double CareerSimulation::triangular(const TimeAtLevel &time, double u)
{
    const double a = time.minimumMonths;
    const double c = time.likelyMonths;
    const double b = time.maximumMonths;
    if (b <= a)
        return a;
    const double split = (c - a) / (b - a);
    if (u < split)
        return a + std::sqrt(u * (b - a) * (c - a));
    return b - std::sqrt((1 - u) * (b - a) * (b - c));
}

QDate CareerSimulation::Result::dateAfterMonths(double months) const
{
    // Whole months by the calendar (24 months from 1 January is 1 January), the rest in days.
    const double whole = std::floor(months);
    return today.addMonths(static_cast<int>(whole))
        .addDays(static_cast<qint64>(std::llround((months - whole) * DaysPerMonth)));
}

CareerSimulation::Result CareerSimulation::run(const Input &input, int runs, quint64 seed,
                                               const std::function<bool(int)> &progress)
{
    Result result;
    result.today = input.today;
    const int steps = static_cast<int>(input.times.size());
    if (steps == 0 || runs <= 0)
        return result;
    const double elapsed = input.elapsedMonths();
    result.currentLevelOverdue = input.currentLevelOverdue();
    const int horizon = input.horizonYears;

    std::mt19937_64 engine(seed);
    std::vector<std::vector<double>> reach(static_cast<size_t>(steps - 1),
                                           std::vector<double>(static_cast<size_t>(runs)));
    std::vector<std::vector<double>> cumulative(static_cast<size_t>(horizon),
                                                std::vector<double>(static_cast<size_t>(runs)));
    std::vector<double> starts(static_cast<size_t>(steps)); // months from today each level starts
    std::vector<double> pay(static_cast<size_t>(steps)); // per month
    for (int s = 0; s < steps; ++s)
        pay[static_cast<size_t>(s)] = static_cast<double>(input.annualPay.value(s)) / 12.0;

    int done = 0;
    for (; done < runs; ++done) {
        if (progress && done % ProgressEvery == 0 && !progress(done)) {
            result.cancelled = true;
            break;
        }
        // Months from today: the level held now has not ended, so its time is drawn given that.
        double at = remainingTime(input.times.at(0), elapsed, uniform(engine));
        starts[0] = -elapsed;
        for (int s = 1; s < steps; ++s) {
            starts[static_cast<size_t>(s)] = at;
            reach[static_cast<size_t>(s - 1)][static_cast<size_t>(done)] = at;
            if (s + 1 < steps)
                at += triangular(input.times.at(s), uniform(engine));
        }
        // Earnings from today to the end of each horizon year: one walk along the levels
        // and the year ends together.
        double total = 0;
        double counted = 0; // months from today already added up
        int level = 0;
        for (int y = 0; y < horizon; ++y) {
            const double yearEnd = 12.0 * (y + 1);
            while (counted < yearEnd) {
                while (level + 1 < steps && starts[static_cast<size_t>(level + 1)] <= counted)
                    ++level;
                const double levelEnd = level + 1 < steps ? starts[static_cast<size_t>(level + 1)] : yearEnd;
                const double until = std::min(yearEnd, levelEnd);
                total += pay[static_cast<size_t>(level)] * (until - counted);
                counted = until;
            }
            cumulative[static_cast<size_t>(y)][static_cast<size_t>(done)] = total;
        }
    }
    result.runs = done;
    if (done == 0)
        return result;
    for (auto &values : reach) {
        values.resize(static_cast<size_t>(done));
        result.reachMonths.append(percentiles(values));
    }
    for (auto &values : cumulative) {
        values.resize(static_cast<size_t>(done));
        result.cumulativeByYear.append(percentiles(values));
    }
    return result;
}

} // namespace careerplanner
