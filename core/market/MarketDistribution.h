#pragma once

#include "core/base/CurrencyConverter.h"
#include "core/market/MarketFilter.h"
#include "core/market/MarketMatcher.h"
#include "core/market/Percentiles.h"

#include <QList>
#include <QStringList>

namespace careerplanner {

class MarketTable;

// How the pay of one job family's reports is spread, level by level and over all its
// reports, in the plan's display currency: the percentiles of base and of total pay, and
// the amounts themselves in ascending order (for a chart's box, or a pay's rank).
class MarketDistribution
{
public:
    struct Row
    {
        int level = -1; // in the ladder's levels; -1 for the row of every report
        int reports = 0;
        int estimated = 0; // of them, matched through the years of experience
        QList<qint64> base, total; // ascending
        Percentiles::Summary baseSummary, totalSummary;
    };

    // Only the levels with reports have a row, in ladder order.
    QList<Row> levels;
    Row all;
    // Reports left out for want of a rate to the display currency, and their currencies.
    int withoutRate = 0;
    QStringList currenciesWithoutRate;

    const Row *rowOf(int level) const;

    static MarketDistribution compute(const MarketTable &table, const QList<MarketMatcher::Match> &matches,
                                      const MarketMatcher &matcher, const MarketFilter &filter,
                                      const CurrencyConverter &converter);
};

} // namespace careerplanner
