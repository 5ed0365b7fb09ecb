#include "core/applications/ApplicationOffer.h"

#include "core/pay/PayPackage.h"
#include "core/pay/PayValidator.h"

namespace careerplanner {

QString ApplicationOffer::validate(const ApplicationOffer &offer)
{
    // An offer keeps the rules of the package it becomes.
    return PayValidator::validatePackage(offer.toPayPackage(QStringLiteral("offer")));
}

PayPackage ApplicationOffer::toPayPackage(const QString &name) const
{
    PayPackage package;
    package.name = name;
    package.kind = PayPackage::Kind::Offer;
    package.currency = currency;
    package.baseSalary = baseSalary;
    package.signOnYear1 = signOnYear1;
    package.signOnYear2 = signOnYear2;
    package.stockGrantValue = stockGrantValue;
    package.vesting = vesting;
    return package;
}

} // namespace careerplanner
