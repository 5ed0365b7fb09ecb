#pragma once

#include "core/path/TimeAtLevel.h"

#include <QDate>
#include <QList>

#include <functional>

namespace careerplanner {

// Monte Carlo over a path's time-at-level ranges: each run draws how long every level is
// held from a triangular distribution (fewest, most likely, most months) and follows the
// path to its end. The level held now has not ended yet: its time is drawn from the
// distribution truncated at the time already spent. Past the range's most months the
// promotion is overdue, and the rule is stated: it comes within the next
// OverdueWindowMonths, any month as likely as another.
// The same seed gives the same result on every run of the same build and machine type.
class CareerSimulation
{
public:
    struct Input
    {
        QList<TimeAtLevel> times; // per step: how long its level is held
        QDate currentStart; // when the level held now was reached (step 0)
        QDate today; // where the simulated careers stand
        QList<qint64> annualPay; // per step, for the earnings fan
        int horizonYears = 20; // years of the earnings fan, from today

        double elapsedMonths() const; // at the level held now, by today
        bool currentLevelOverdue() const;
    };

    struct Percentiles
    {
        double p10 = 0;
        double p50 = 0;
        double p90 = 0;
    };

    struct Result
    {
        int runs = 0;
        bool cancelled = false;
        QList<Percentiles> reachMonths; // per step from 1: months from today to reaching it
        QList<Percentiles> cumulativeByYear; // per year 1..horizon: earnings since today
        bool currentLevelOverdue = false; // the overdue rule was used for the next promotion
        QDate dateAfterMonths(double months) const;
        QDate today;
    };

    static constexpr int DefaultRuns = 10'000;
    static constexpr double OverdueWindowMonths = 12;

    // Draws from the triangular distribution with u uniform in [0, 1).
    static double triangular(const TimeAtLevel &time, double u);
    // The share of the distribution at or below x months.
    static double triangularCdf(const TimeAtLevel &time, double x);
    // Months left at a level held for elapsed months so far, for u uniform in [0, 1).
    static double remainingTime(const TimeAtLevel &time, double elapsed, double u);

    // The overdue rule in words, for where results are shown.
    static QString overdueRule();

    // progress(doneRuns) is called every few thousand runs; returning false cancels.
    static Result run(const Input &input, int runs, quint64 seed, const std::function<bool(int)> &progress = nullptr);
};

} // namespace careerplanner
