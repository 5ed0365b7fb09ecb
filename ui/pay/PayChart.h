#pragma once

#include "core/base/Money.h"
#include "core/pay/PayPackage.h"

#include <QList>
#include <QLocale>

class QChart;

namespace careerplanner {

// Year-by-year pay of one or more packages as stacked bars: base, sign-on, stock,
// refreshers and bonus, a bar per package in each year, so offers stand side by side.
class PayChart
{
public:
    static QChart *build(const QList<PayPackage> &packages, int years, const QLocale &locale = Money::displayLocale());
};

} // namespace careerplanner
