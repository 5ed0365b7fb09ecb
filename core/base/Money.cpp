#include "core/base/Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Money", text);
}

QString symbolFor(const QString &currency, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    return currency + QChar(0x00A0);
}

} // namespace

QLocale Money::displayLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

bool Money::isCurrencyCode(const QString &code)
{
    static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
    return isoCode.match(code).hasMatch();
}

int Money::minorDigits(const QString &currency)
{
    // ISO 4217's exponents, for the currencies whose minor unit is not a hundredth.
    static const QStringList zeroDigits
        = { QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
            QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
            QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("VND"),
            QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF") };
    static const QStringList threeDigits
        = { QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"), QStringLiteral("KWD"),
            QStringLiteral("LYD"), QStringLiteral("OMR"), QStringLiteral("TND") };
    if (zeroDigits.contains(currency))
        return 0;
    return threeDigits.contains(currency) ? 3 : 2;
}

qint64 Money::minorPerMajor(const QString &currency)
{
    qint64 perMajor = 1;
    for (int i = minorDigits(currency); i > 0; --i)
        perMajor *= 10;
    return perMajor;
}

QString Money::format(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    const qint64 perMajor = minorPerMajor(currency);
    const QString symbol = symbolFor(currency, locale);
    // Trimmed: where the locale writes the code after the figure, its space would trail.
    if (minorUnits % perMajor == 0)
        return locale.toCurrencyString(static_cast<qlonglong>(minorUnits / perMajor), symbol).trimmed();
    return locale
        .toCurrencyString(static_cast<double>(minorUnits) / static_cast<double>(perMajor), symbol,
                          minorDigits(currency))
        .trimmed();
}

QString Money::formatAtLeast(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    QString text = format(minorUnits, currency, locale);
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (text.at(i).isDigit()) {
            text.insert(i + 1, QLatin1Char('+'));
            break;
        }
    }
    return text;
}

qint64 Money::roundToMajor(qint64 minorUnits, const QString &currency)
{
    const qint64 perMajor = minorPerMajor(currency);
    const qint64 half = minorUnits >= 0 ? perMajor / 2 : -perMajor / 2;
    return (minorUnits + half) / perMajor * perMajor;
}

QString Money::formatCompact(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    const double major = static_cast<double>(minorUnits) / static_cast<double>(minorPerMajor(currency));
    const double magnitude = major < 0 ? -major : major;
    // One style for every size: one decimal at most, and none where it would be 0 ("$835K"
    // beside "$2.4M", never "$835.0K", which a fraction just under 835 used to give).
    const auto scaled = [&locale](double value, QChar unit) {
        const double rounded = std::round(value * 10.0) / 10.0;
        return locale.toString(rounded, 'f', std::fmod(rounded, 1.0) == 0.0 ? 0 : 1) + unit;
    };
    QString number;
    if (magnitude >= 999'500.0) // rounds to a thousand thousands: a million
        number = scaled(major / 1'000'000.0, QLatin1Char('M'));
    else if (magnitude >= 1'000.0)
        number = scaled(major / 1'000.0, QLatin1Char('K'));
    else
        number = locale.toString(major, 'f', 0);
    // Put the number where the locale puts amounts: "$150K", "150K $".
    QString pattern = locale.toCurrencyString(static_cast<qlonglong>(7), symbolFor(currency, locale));
    return pattern.replace(QLatin1Char('7'), number).trimmed();
}

qint64 Money::roundHalfAwayFromZero(double value)
{
    return static_cast<qint64>(std::llround(value)); // llround rounds halves away from zero
}

qint64 Money::applyRate(qint64 amount, int basisPoints)
{
    const qint64 scaled = amount * (10'000 + basisPoints);
    const qint64 half = scaled >= 0 ? 5'000 : -5'000;
    return (scaled + half) / 10'000;
}

QString Money::toEditText(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    const qint64 perMajor = minorPerMajor(currency);
    if (minorUnits % perMajor == 0)
        return QString::number(minorUnits / perMajor);
    return QString::number(minorUnits / perMajor) + locale.decimalPoint()
           + QStringLiteral("%1").arg(minorUnits % perMajor, minorDigits(currency), 10, QLatin1Char('0'));
}

Money::ParseResult Money::parse(const QString &input, const QString &currency, const QLocale &locale)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return { std::nullopt, tr("Enter an amount.") };

    // Drop what people paste along with the number: symbols, ISO codes, spaces.
    text.remove(locale.currencySymbol(QLocale::CurrencySymbol));
    text.remove(QLatin1Char('$'));
    text.remove(currency, Qt::CaseInsensitive);
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00A0}\\x{202F}]"));
    text.remove(spaces);

    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        negative = true;
        text.remove(0, 1);
    }

    qint64 multiplier = 1;
    if (text.endsWith(QLatin1Char('k'), Qt::CaseInsensitive)) {
        multiplier = 1000;
        text.chop(1);
    } else if (text.endsWith(QLatin1Char('m'), Qt::CaseInsensitive)) {
        multiplier = 1'000'000;
        text.chop(1);
    }

    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    if (!group.trimmed().isEmpty())
        text.remove(group);
    if (group != QLatin1String(",") && point != QLatin1String(","))
        text.remove(QLatin1Char(','));

    const int pointAt = text.indexOf(point);
    QString whole = pointAt >= 0 ? text.left(pointAt) : text;
    QString fraction = pointAt >= 0 ? text.mid(pointAt + point.size()) : QString();

    static const QRegularExpression digits(QStringLiteral("^[0-9]*$"));
    if ((whole.isEmpty() && fraction.isEmpty()) || !digits.match(whole).hasMatch()
        || !digits.match(fraction).hasMatch())
        return { std::nullopt, tr("“%1” is not an amount of money.").arg(input.trimmed()) };
    if (negative)
        return { std::nullopt, tr("An amount cannot be negative.") };

    const int allowedDigits = minorDigits(currency);
    if (fraction.size() > allowedDigits)
        return { std::nullopt, allowedDigits == 0   ? tr("%1 has no decimals: give whole units.").arg(currency)
                               : allowedDigits == 1 ? tr("Use at most one decimal place.")
                                                    : tr("Use at most %1 decimal places.").arg(allowedDigits) };

    // Integer arithmetic only: the typed digits become minor units without a detour
    // through double, and anything past the cap is refused before it can overflow.
    const qint64 perMajor = minorPerMajor(currency);
    const qint64 limit = MaximumMinorUnits;
    qint64 minor = 0;
    for (const QChar c : whole) {
        minor = minor * 10 + c.digitValue();
        if (minor > limit)
            return { std::nullopt, tr("That amount is too large.") };
    }
    minor *= perMajor;
    qint64 fractionMinor = 0;
    qint64 scale = perMajor;
    for (const QChar c : fraction) {
        scale /= 10;
        fractionMinor += c.digitValue() * scale;
    }
    minor += fractionMinor;
    if (minor > limit / multiplier)
        return { std::nullopt, tr("That amount is too large.") };
    return { minor * multiplier, QString() };
}

} // namespace careerplanner
