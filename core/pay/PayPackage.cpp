#include "core/pay/PayPackage.h"

namespace careerplanner {

qint64 PayPackage::grantValue() const
{
    if (stockShares && stockPricePerShare)
        return *stockShares * *stockPricePerShare;
    return stockGrantValue;
}

QString PayPackage::kindToKey(Kind kind)
{
    return kind == Kind::CurrentJob ? QStringLiteral("current_job") : QStringLiteral("offer");
}

std::optional<PayPackage::Kind> PayPackage::kindFromKey(const QString &key)
{
    if (key == QLatin1String("current_job"))
        return Kind::CurrentJob;
    if (key == QLatin1String("offer"))
        return Kind::Offer;
    return std::nullopt;
}

bool PayPackage::sameContentAs(const PayPackage &o) const
{
    return name == o.name && kind == o.kind && currency == o.currency && baseSalary == o.baseSalary
           && annualRaiseBasisPoints == o.annualRaiseBasisPoints && signOnYear1 == o.signOnYear1
           && signOnYear2 == o.signOnYear2 && stockGrantValue == o.stockGrantValue && stockShares == o.stockShares
           && stockPricePerShare == o.stockPricePerShare && vesting == o.vesting
           && annualRefresherValue == o.annualRefresherValue && stockGrowthBasisPoints == o.stockGrowthBasisPoints
           && yearlyBonus == o.yearlyBonus;
}

} // namespace careerplanner
