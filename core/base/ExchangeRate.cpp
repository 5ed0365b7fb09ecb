#include "core/base/ExchangeRate.h"

#include "core/base/Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExchangeRate", text);
}

} // namespace

std::optional<ExchangeRate::Exact> ExchangeRate::exact(const QString &rate)
{
    static const QRegularExpression decimal(QStringLiteral("^([0-9]*)(?:\\.([0-9]*))?$"));
    QString text = rate.trimmed();
    // A decimal comma, as people write it in much of Europe.
    if (!text.contains(QLatin1Char('.')) && text.count(QLatin1Char(',')) == 1)
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    const QRegularExpressionMatch match = decimal.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString whole = match.captured(1);
    QString fraction = match.captured(2);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    while (whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    if (fraction.size() > 12 || whole.size() + fraction.size() > 15)
        return std::nullopt;
    const QString digits = whole + fraction;
    const qint64 value = digits.isEmpty() ? 0 : digits.toLongLong();
    if (value <= 0)
        return std::nullopt;
    return Exact { value, static_cast<int>(fraction.size()) };
}

QString ExchangeRate::normalized(const QString &rate)
{
    const auto value = exact(rate);
    if (!value)
        return QString();
    QString digits = QString::number(value->digits).rightJustified(value->scale + 1, QLatin1Char('0'));
    if (value->scale > 0)
        digits.insert(digits.size() - value->scale, QLatin1Char('.'));
    return digits;
}

QString ExchangeRate::problem() const
{
    if (!Money::isCurrencyCode(from) || !Money::isCurrencyCode(to))
        return tr("A currency is a three-letter ISO code, such as USD, EUR or INR.");
    if (from == to)
        return tr("A rate is between two different currencies.");
    if (rate.trimmed().isEmpty())
        return tr("Give the rate: what one %1 is worth in %2.").arg(from, to);
    if (!exact(rate))
        return tr("“%1” is not a rate: write a positive number such as 0.012 or 83.25, with at most 12 "
                  "decimals.")
            .arg(rate.trimmed());
    if (!date.isValid())
        return tr("Give the date the rate is for.");
    if (note.size() > 200)
        return tr("Keep the note under 200 characters.");
    return QString();
}

} // namespace careerplanner
