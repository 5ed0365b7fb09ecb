#pragma once

#include "CareerPath.h"

#include <QDate>
#include <QList>

#include <functional>

namespace careerplanner {

// Monte Carlo over a path's time-at-level ranges: each run draws how long every level is
// held from a triangular distribution (fewest, most likely, most months) and follows the
// path to its end. The level held now is held at least as long as it has been so far.
// The same seed gives the same result on every run of the same build and machine type.
class CareerSimulation
{
public:
    struct Input
    {
        QList<TimeAtLevel> times;  // per step: how long its level is held
        QDate currentStart;        // when the level held now was reached (step 0)
        QDate today;               // where the simulated careers stand
        QList<qint64> annualPay;   // per step, for the earnings fan
        int horizonYears = 20;     // years of the earnings fan, from today
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
        QList<Percentiles> reachMonths;     // per step from 1: months from today to reaching it
        QList<Percentiles> cumulativeByYear; // per year 1..horizon: earnings since today
        QDate dateAfterMonths(double months) const;
        QDate today;
    };

    static constexpr int DefaultRuns = 10'000;

    // Draws from the triangular distribution with u uniform in [0, 1).
    static double triangular(const TimeAtLevel &time, double u);

    // progress(doneRuns) is called every few thousand runs; returning false cancels.
    static Result run(const Input &input, int runs, quint64 seed,
                      const std::function<bool(int)> &progress = nullptr);
};

} // namespace careerplanner
