#include "core/pay/PayProjection.h"

#include "core/base/Money.h"

#include <cmath>

namespace careerplanner {

namespace {

// A grant's tranches that vest within year (1-based), valued with the share price growth
// from the grant month to each vesting month.
qint64 vestedInYear(qint64 grant, int grantMonth, const PayPackage &package, int year)
{
    const double growth = 1.0 + package.stockGrowthBasisPoints / 10'000.0;
    qint64 sum = 0;
    for (const VestingSchedule::Tranche &tranche : package.vesting.tranches()) {
        const int vestMonth = grantMonth + tranche.month;
        if ((vestMonth + 11) / 12 != year)
            continue;
        const double share = static_cast<double>(grant) * tranche.basisPoints / VestingSchedule::WholeGrant;
        sum += Money::roundHalfAwayFromZero(share * std::pow(growth, tranche.month / 12.0));
    }
    return sum;
}

} // namespace

QList<PayProjection::Year> PayProjection::project(const PayPackage &package, int years)
{
    QList<Year> result;
    qint64 base = package.baseSalary;
    for (int year = 1; year <= years; ++year) {
        Year row;
        row.year = year;
        row.base = base;
        row.signOn = year == 1 ? package.signOnYear1 : year == 2 ? package.signOnYear2 : 0;
        row.stock = vestedInYear(package.grantValue(), 0, package, year);
        // A refresher is granted on each anniversary before this year ends.
        for (int anniversary = 1; anniversary < year; ++anniversary)
            row.refreshers += vestedInYear(package.annualRefresherValue, anniversary * 12, package, year);
        row.bonus = package.yearlyBonus;
        result.append(row);
        base = Money::applyRate(base, package.annualRaiseBasisPoints);
    }
    return result;
}

PayProjection::Year PayProjection::totals(const QList<Year> &years)
{
    Year sum;
    for (const Year &year : years) {
        sum.base += year.base;
        sum.signOn += year.signOn;
        sum.stock += year.stock;
        sum.refreshers += year.refreshers;
        sum.bonus += year.bonus;
    }
    return sum;
}

} // namespace careerplanner
