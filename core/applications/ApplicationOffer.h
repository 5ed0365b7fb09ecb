#pragma once

#include "core/pay/VestingSchedule.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace careerplanner {

struct PayPackage;

// The offer an application received: base pay, the sign-on bonus of years one and two and
// the stock grant with its vesting, money in minor units of its currency.
struct ApplicationOffer
{
    qint64 applicationId = 0;
    QString currency = QStringLiteral("USD");
    qint64 baseSalary = 0;
    qint64 signOnYear1 = 0;
    qint64 signOnYear2 = 0;
    qint64 stockGrantValue = 0;
    VestingSchedule vesting = VestingSchedule::amazonDefault();
    QDate receivedOn; // invalid: not known

    // Why the offer cannot be kept (empty when it can).
    static QString validate(const ApplicationOffer &offer);
    // The offer as a pay package to compare with the current job, named after the application.
    PayPackage toPayPackage(const QString &name) const;

    bool operator==(const ApplicationOffer &o) const
    {
        return applicationId == o.applicationId && currency == o.currency && baseSalary == o.baseSalary
               && signOnYear1 == o.signOnYear1 && signOnYear2 == o.signOnYear2 && stockGrantValue == o.stockGrantValue
               && vesting == o.vesting && receivedOn == o.receivedOn;
    }
};

} // namespace careerplanner
