#pragma once

#include "core/path/Scenario.h"

#include <QDate>
#include <QList>

namespace careerplanner {

// What a path earns: each step's level pays its yearly amount from the step's date until
// the next step's; the last level pays on. Pay accrues by the day (a year is 365.25
// days) and every figure is rounded to whole minor units.
class CareerEarnings
{
public:
    struct Year
    {
        int year = 0; // calendar year
        qint64 pay = 0; // earned in that year (from `from` on, in the first year)
        qint64 cumulative = 0; // since `from`
        QString level; // the level held at the end of the year
    };

    // Earned between from and to along the path. annualPay: one amount per step.
    static qint64 between(const Scenario &scenario, const QList<qint64> &annualPay, const QDate &from, const QDate &to);
    // Calendar years from from's year, for years years.
    static QList<Year> byYear(const Scenario &scenario, const QList<qint64> &annualPay, const QDate &from, int years);

    // Years from `from` to the path's last step (0 if already there).
    static double yearsToTarget(const Scenario &scenario, const QDate &from);
};

} // namespace careerplanner
