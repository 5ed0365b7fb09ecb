#pragma once

#include "core/base/ExchangeRate.h"

#include <QList>
#include <QString>

#include <optional>

namespace careerplanner {

// Turns amounts from one currency into another with the user's own rates, and only with
// them: a pair without a rate is never converted. Amounts stay exact minor units of their
// own currency until here; a conversion rounds once, halves away from zero.
class CurrencyConverter
{
public:
    CurrencyConverter() = default;
    // displayCurrency: what the plan is shown in; empty to leave every amount as it is.
    CurrencyConverter(const QList<ExchangeRate> &rates, const QString &displayCurrency);

    QString displayCurrency() const { return m_display; }
    // The rate between the two, given either way round; null if the user has none.
    const ExchangeRate *rateBetween(const QString &a, const QString &b) const;
    bool canConvert(const QString &from, const QString &to) const;
    // amount (minor units of from) in minor units of to; empty without a rate, or when the
    // result would be past what a plan holds.
    std::optional<qint64> convert(qint64 amount, const QString &from, const QString &to) const;
    // "0.012 USD per INR, your rate of 1 Nov 2026", the rate as it was used.
    QString rateText(const QString &from, const QString &to) const;
    // What the app says when it cannot put the two side by side.
    static QString missingRateText(const QString &what, const QString &from, const QString &other, const QString &to);

private:
    QList<ExchangeRate> m_rates;
    QString m_display;
};

} // namespace careerplanner
