#pragma once

#include "core/pay/PayPackage.h"

#include <QList>

namespace careerplanner {

// What a package pays year by year. Year 1 is the first twelve months after the start
// (and grant) date; a tranche vesting at month m falls in year ceil(m / 12).
//
// Rounding rule: every amount is whole minor units. The base salary grows once a year by
// the raise, rounded to the nearest minor unit (halves away from zero) before the next
// year's raise. Each vesting tranche's value is its share of the grant times the share
// price growth up to its vesting month, (1 + growth)^(months / 12), computed in double
// and rounded the same way; a year's stock is the sum of its rounded tranches.
class PayProjection
{
public:
    static constexpr int MaximumYears = 10;

    struct Year
    {
        int year = 0;
        qint64 base = 0;
        qint64 signOn = 0;
        qint64 stock = 0; // the initial grant's tranches vesting this year
        qint64 refreshers = 0; // refresher grants' tranches vesting this year
        qint64 bonus = 0;
        qint64 total() const { return base + signOn + stock + refreshers + bonus; }
    };

    static QList<Year> project(const PayPackage &package, int years);
    static Year totals(const QList<Year> &years);
};

} // namespace careerplanner
