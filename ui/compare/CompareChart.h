#pragma once

#include "ui/charts/BandChartBuilder.h"
#include "core/bands/BandComparison.h"

namespace careerplanner {

// The compare view's chart: the chosen levels' bands of one kind as floating bars with
// their midpoints, each level labelled with what the step up to it is worth.
class CompareChart
{
public:
    static BandChartBuilder::Result build(const QList<BandComparison::Entry> &entries, SalaryBand::Kind kind,
                                          const QLocale &locale = Money::displayLocale());
};

} // namespace careerplanner
