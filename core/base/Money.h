#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace careerplanner {

// Formatting and parsing of integer minor-unit amounts in the user's locale.
class Money
{
public:
    // Largest amount a plan accepts, in minor units: a billion in major units. Anything
    // above is a typing slip, and the cap keeps every sum of amounts far from qint64 limits.
    static constexpr qint64 MaximumMinorUnits = 100'000'000'000LL;

    // The user's locale, except that the bare "C" locale (no LANG set) formats money as
    // "60,000USD"; US English stands in for it.
    static QLocale displayLocale(const QLocale &locale = QLocale());

    // A three-letter ISO 4217 code in capitals ("USD"); what a plan stores for a currency.
    static bool isCurrencyCode(const QString &code);
    static int minorDigits(const QString &currency);
    static qint64 minorPerMajor(const QString &currency);

    // "$150,000" in en_US; the ISO code stands in for the symbol when the locale's own
    // currency differs, so that nobody reads USD figures as their local money.
    static QString format(qint64 minorUnits, const QString &currency, const QLocale &locale = displayLocale());
    // The amount as a floor that can be exceeded: "+" right after its digits, wherever the
    // locale puts the currency ("$150,000+", "150.000+ USD").
    static QString formatAtLeast(qint64 minorUnits, const QString &currency, const QLocale &locale = displayLocale());
    // The one rounding rule of every amount computed from others: to the nearest minor
    // unit, halves away from zero (so a loss rounds as a gain of the same size does).
    static qint64 roundHalfAwayFromZero(double value);
    // amount raised (or lowered) by basisPoints (350 = 3.5%), rounded as above.
    static qint64 applyRate(qint64 amount, int basisPoints);
    // An estimate to the whole major unit (halves away from zero): no false precision.
    static qint64 roundToMajor(qint64 minorUnits, const QString &currency);

    // Short labels for chart axes: "$150K", "$1.2M", "$950"; no cents.
    static QString formatCompact(qint64 minorUnits, const QString &currency, const QLocale &locale = displayLocale());
    // The amount as typed in an edit field: no symbol, no grouping ("150000" or "1234.56").
    static QString toEditText(qint64 minorUnits, const QString &currency, const QLocale &locale = displayLocale());

    struct ParseResult
    {
        std::optional<qint64> minorUnits; // empty when the text is not an amount
        QString error; // why, in words for the user
    };
    // Accepts what people type: "150000", "150,000", "$150,000", "150k", "1234.50".
    static ParseResult parse(const QString &text, const QString &currency, const QLocale &locale = displayLocale());
};

} // namespace careerplanner
