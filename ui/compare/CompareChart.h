#pragma once

#include "ui/charts/BandChartBuilder.h"
#include "core/bands/BandComparison.h"

namespace careerplanner {

// The compare view's chart: the chosen levels' bands of one kind as floating bars with
// their midpoints, each level labelled with what the step up to it is worth. Compared on
// the market, the bars are the guides' ranges with each level's reports as a box on them,
// and the steps are median to median.
class CompareChart
{
public:
    struct MarketBoxes
    {
        QList<std::optional<SalaryBand>> guideBands; // one per entry, in the entries' currency
        QList<Percentiles::Summary> summaries; // one per entry
        QString currency; // the summaries'
        CurrencyConverter converter; // from it to the bands' currency, where they differ
    };

    static BandChartBuilder::Result build(const QList<BandComparison::Entry> &entries, SalaryBand::Kind kind,
                                          const QLocale &locale = Money::displayLocale(),
                                          const MarketBoxes *market = nullptr);
};

} // namespace careerplanner
