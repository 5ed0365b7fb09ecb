#include "core/market/Percentiles.h"

#include <algorithm>

namespace careerplanner {

std::optional<qint64> Percentiles::inclusive(const QList<qint64> &sorted, int percent)
{
    if (sorted.isEmpty() || percent < 0 || percent > 100)
        return std::nullopt;
    // Rank p(n − 1)/100 in whole hundredths, so that the interpolation stays exact.
    const qint64 scaled = qint64(percent) * (sorted.size() - 1);
    const qsizetype low = qsizetype(scaled / 100);
    const qint64 hundredths = scaled % 100;
    if (hundredths == 0)
        return sorted.at(low);
    const qint64 gap = sorted.at(low + 1) - sorted.at(low); // not negative: the values are sorted
    return sorted.at(low) + (gap * hundredths + 50) / 100;
}

Percentiles::Summary Percentiles::summarize(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return summarizeSorted(values);
}

Percentiles::Summary Percentiles::summarizeSorted(const QList<qint64> &values)
{
    Summary summary;
    summary.count = int(values.size());
    if (!summary.enough())
        return summary;
    summary.p10 = inclusive(values, 10);
    summary.p25 = inclusive(values, 25);
    summary.p50 = inclusive(values, 50);
    summary.p75 = inclusive(values, 75);
    summary.p90 = inclusive(values, 90);
    return summary;
}

std::optional<double> Percentiles::rankOf(const QList<qint64> &sorted, qint64 amount)
{
    if (sorted.isEmpty())
        return std::nullopt;
    const auto below = std::lower_bound(sorted.cbegin(), sorted.cend(), amount) - sorted.cbegin();
    const auto upTo = std::upper_bound(sorted.cbegin(), sorted.cend(), amount) - sorted.cbegin();
    return 100.0 * (double(below) + double(upTo - below) / 2) / double(sorted.size());
}

} // namespace careerplanner
