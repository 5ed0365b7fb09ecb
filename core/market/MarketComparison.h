#pragma once

#include "core/bands/BandComparison.h"
#include "core/market/Percentiles.h"

#include <QPair>

namespace careerplanner {

class CurrencyConverter;
class MarketStore;

// Levels compared on the market reports rather than the guides' ranges: each level's
// figures are its reports' P25 and P75 with the median as the midpoint, in the display
// currency, so that each step up is worth median to median. A level with fewer than
// Percentiles::FewestReports reports of that pay has no figures, as a level without a band.
class MarketComparison
{
public:
    struct Result
    {
        QList<BandComparison::Entry> entries; // labelled "… · n 40" or "… · too few reports (n 3)"
        QList<Percentiles::Summary> summaries; // each entry's, empty where it has no reports
    };

    // levels: (ladder index, level index) as LadderStore has them; labels: one for each.
    static Result compare(const MarketStore &market, const QList<QPair<int, int>> &levels, const QStringList &labels,
                          SalaryBand::Kind kind, const CurrencyConverter &converter);
};

} // namespace careerplanner
