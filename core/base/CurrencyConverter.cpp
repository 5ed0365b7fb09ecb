#include "core/base/CurrencyConverter.h"

#include "core/base/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CurrencyConverter", text);
}

// GCC and Clang have it on every platform the app is built for; __extension__ says so to -Wpedantic.
__extension__ using Wide = __int128;

Wide powerOfTen(int exponent)
{
    Wide value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// numerator / denominator to the nearest integer, halves away from zero (denominator > 0).
Wide divideRounded(Wide numerator, Wide denominator)
{
    const Wide magnitude = numerator < 0 ? -numerator : numerator;
    Wide quotient = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator)
        ++quotient;
    return numerator < 0 ? -quotient : quotient;
}

// amount × digits / 10^scale (or its inverse), from one currency's minor units to the other's.
std::optional<qint64> convertExact(qint64 amount, const ExchangeRate::Exact &rate, bool inverse, int fromDigits,
                                   int toDigits)
{
    // to = amount / 10^fromDigits × rate × 10^toDigits, with rate = digits / 10^scale (or
    // its inverse), all in 128-bit integers so that nothing is rounded but the result.
    Wide numerator = static_cast<Wide>(amount) * powerOfTen(toDigits);
    Wide denominator = powerOfTen(fromDigits);
    if (inverse) {
        numerator *= powerOfTen(rate.scale);
        denominator *= rate.digits;
    } else {
        numerator *= rate.digits;
        denominator *= powerOfTen(rate.scale);
    }
    const Wide result = divideRounded(numerator, denominator);
    // A thousand times what one amount may be leaves room for sums of many years.
    const Wide limit = static_cast<Wide>(Money::MaximumMinorUnits) * 1000;
    if (result > limit || result < -limit)
        return std::nullopt;
    return static_cast<qint64>(result);
}

} // namespace

CurrencyConverter::CurrencyConverter(const QList<ExchangeRate> &rates, const QString &displayCurrency)
    : m_rates(rates)
    , m_display(displayCurrency)
{
}

const ExchangeRate *CurrencyConverter::rateBetween(const QString &a, const QString &b) const
{
    for (const ExchangeRate &rate : m_rates) {
        if ((rate.from == a && rate.to == b) || (rate.from == b && rate.to == a))
            return &rate;
    }
    return nullptr;
}

bool CurrencyConverter::canConvert(const QString &from, const QString &to) const
{
    return from == to || rateBetween(from, to);
}

std::optional<qint64> CurrencyConverter::convert(qint64 amount, const QString &from, const QString &to) const
{
    if (from == to)
        return amount;
    const ExchangeRate *rate = rateBetween(from, to);
    if (!rate)
        return std::nullopt;
    const auto exact = ExchangeRate::exact(rate->rate);
    if (!exact)
        return std::nullopt;
    return convertExact(amount, *exact, rate->from != from, Money::minorDigits(from), Money::minorDigits(to));
}

QString CurrencyConverter::rateText(const QString &from, const QString &to) const
{
    const ExchangeRate *rate = rateBetween(from, to);
    if (!rate)
        return QString();
    const QString date = QLocale().toString(rate->date, QStringLiteral("d MMM yyyy"));
    return tr("%1 %2 per %3, your rate of %4").arg(rate->rate, rate->to, rate->from, date);
}

QString CurrencyConverter::missingRateText(const QString &what, const QString &from, const QString &other,
                                           const QString &to)
{
    return tr("%1 is in %2 and %3 in %4: add an exchange rate to compare them.").arg(what, from, other, to);
}

} // namespace careerplanner
