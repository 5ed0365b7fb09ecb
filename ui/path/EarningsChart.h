#pragma once

#include "core/path/CareerEarnings.h"
#include "core/path/CareerSimulation.h"
#include "core/base/Money.h"

#include <QList>
#include <QString>

class QChart;

namespace careerplanner {

// Earnings along paths: one path's yearly pay as bars with its running total as a line
// (on its own axis), several paths' running totals side by side, or the simulation's
// fan of running totals (P10 to P90 shaded, P50 drawn).
class EarningsChart
{
public:
    struct Path
    {
        QString name;
        QList<CareerEarnings::Year> years;
    };

    static QChart *build(const QList<Path> &paths, const QString &currency,
                         const QLocale &locale = Money::displayLocale());
    static QChart *fan(const CareerSimulation::Result &result, const QString &currency,
                       const QLocale &locale = Money::displayLocale());
};

} // namespace careerplanner
