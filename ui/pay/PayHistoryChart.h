#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/base/CurrencyConverter.h"
#include "core/base/Money.h"
#include "core/pay/PayRecord.h"

class QChart;

namespace careerplanner {

// Actual pay year by year against the band of the level held that year: the base and
// total-compensation bands as translucent columns (open tops fading upwards), the base
// and total actually received as lines. All in the display currency: a year or a band in
// another one is converted by the user's rate, or left out and named in *problem.
class PayHistoryChart
{
public:
    static QChart *build(const QList<PayRecord> &history, const QList<CareerLadder> &ladders,
                         const CurrencyConverter &converter, QString *problem,
                         const QLocale &locale = Money::displayLocale());
    static const CareerLevel *levelHeld(const PayRecord &record, const QList<CareerLadder> &ladders);
};

} // namespace careerplanner
