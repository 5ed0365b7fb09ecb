#pragma once

#include "core/bands/BandAdjustment.h"
#include "core/base/CurrencyConverter.h"
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
// Each figure is converted to the display currency where the user has a rate for it (and
// says so); one without a rate stays in its own currency, and then no sum is made.
class PathPay
{
public:
    struct Expected
    {
        qint64 annual = 0;
        QString currency; // empty when there is no figure
        QString basis; // in words, for the user
        QString conversion; // "converted from INR 45,00,000 at …" when it was; else empty
        QString convertedFrom; // the currency it was converted from, if it was
        QString rate; // and the rate used: "0.012 USD per INR, your rate of 1 Nov 2026"
    };

    static QList<Expected> expected(const Scenario &scenario, const QList<CareerLadder> &ladders,
                                    const BandAdjustment &adjustment, const QList<PayPackage> &packages,
                                    const QList<PayRecord> &history,
                                    const CurrencyConverter &converter = CurrencyConverter());
    static QList<qint64> amounts(const QList<Expected> &expected);
    // The one currency every figure is in, which sums and charts may use; empty when they
    // are in several (or there is none).
    static QString commonCurrency(const QList<Expected> &expected);
    // Why the figures cannot be added up, naming the first two currencies and the levels
    // they belong to; empty when they can.
    static QString mixedCurrencies(const Scenario &scenario, const QList<Expected> &expected);
    // The rates the figures were converted at, each once.
    static QStringList ratesUsed(const QList<Expected> &expected);
};

} // namespace careerplanner
