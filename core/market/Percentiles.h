#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace careerplanner {

// Where pay stands among many reports of it. The method is the one spreadsheets call
// PERCENTILE.INC: the p-th percentile of n sorted values sits at rank p/100 × (n − 1),
// interpolated linearly between the two closest ranks; amounts are rounded to the nearest
// minor unit, halves up. One value is every percentile of itself.
class Percentiles
{
public:
    // Below this many reports a level shows "too few reports" instead of percentiles.
    static constexpr int FewestReports = 5;

    // The percent-th percentile (0 to 100) of sorted, which is in ascending order; nothing
    // for no values.
    static std::optional<qint64> inclusive(const QList<qint64> &sorted, int percent);

    // What a page or a table shows of a set of amounts: how many, and P10 … P90 when
    // there are at least FewestReports of them.
    struct Summary
    {
        int count = 0;
        std::optional<qint64> p10, p25, p50, p75, p90;
        bool enough() const { return count >= FewestReports; }
    };
    static Summary summarize(QList<qint64> values);
    static Summary summarizeSorted(const QList<qint64> &sorted); // sorted ascending already

    // The share of sorted below amount, with ties counted half, in percent from 0 to 100
    // ("about the 62nd percentile"); nothing for no values.
    static std::optional<double> rankOf(const QList<qint64> &sorted, qint64 amount);
};

} // namespace careerplanner
