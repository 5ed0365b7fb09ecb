#pragma once

#include "core/base/CurrencyConverter.h"
#include "core/base/Money.h"
#include "core/pay/PayPackage.h"

#include <QList>
#include <QLocale>

class QChart;

namespace careerplanner {

// Year-by-year pay of one or more packages as stacked bars: base, sign-on, stock,
// refreshers and bonus, a bar per package in each year, so offers stand side by side.
// Packages in different currencies share a chart only converted to the display currency
// by the user's rates (named in the title); without a rate, each currency has its own.
class PayChart
{
public:
    static QList<QChart *> build(const QList<PayPackage> &packages, int years, const CurrencyConverter &converter,
                                 const QLocale &locale = Money::displayLocale());
};

} // namespace careerplanner
