#pragma once

#include "core/pay/VestingSchedule.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace careerplanner {

// One way of being paid: a current job or an offer. Money in minor units, rates in
// basis points (350 = 3.5%), so a package is stored and compared exactly.
struct PayPackage
{
    enum class Kind { CurrentJob, Offer };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Offer;
    QString currency = QStringLiteral("USD");
    qint64 baseSalary = 0; // first year
    int annualRaiseBasisPoints = 0;
    qint64 signOnYear1 = 0;
    qint64 signOnYear2 = 0;
    qint64 stockGrantValue = 0; // value at grant; shares x price when those are given
    std::optional<qint64> stockShares;
    std::optional<qint64> stockPricePerShare; // minor units
    VestingSchedule vesting = VestingSchedule::amazonDefault();
    qint64 annualRefresherValue = 0; // granted on each anniversary, vesting like the grant
    int stockGrowthBasisPoints = 0; // expected yearly change of the share price
    qint64 yearlyBonus = 0;

    // The grant's value: shares x price when both are known, the stated value otherwise.
    qint64 grantValue() const;

    static QString kindToKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);

    // Equality of content, ignoring the row id.
    bool sameContentAs(const PayPackage &other) const;
};

} // namespace careerplanner
