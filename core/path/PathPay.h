#pragma once

#include "core/bands/BandAdjustment.h"
#include "core/ladders/CareerLadder.h"
#include "core/path/Scenario.h"
#include "core/pay/PayPackage.h"
#include "core/pay/PayRecord.h"

#include <QList>
#include <QString>

namespace careerplanner {

// What each level on a path is expected to pay a year. The level held now pays what the
// user's current job package says for its first year, or else what they were last paid;
// a level ahead pays the midpoint of its total-compensation band, or else of its base
// band (with the user's assumptions when they are switched on). The basis says which.
class PathPay
{
public:
    struct Expected
    {
        qint64 annual = 0;
        QString currency = QStringLiteral("USD");
        QString basis; // in words, for the user
    };

    static QList<Expected> expected(const Scenario &scenario, const QList<CareerLadder> &ladders,
                                    const BandAdjustment &adjustment, const QList<PayPackage> &packages,
                                    const QList<PayRecord> &history);
    static QList<qint64> amounts(const QList<Expected> &expected);
};

} // namespace careerplanner
