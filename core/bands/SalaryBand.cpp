#include "core/bands/SalaryBand.h"

#include <QCoreApplication>

namespace careerplanner {

QString SalaryBand::kindToKey(Kind kind)
{
    return kind == Kind::Base ? QStringLiteral("base") : QStringLiteral("total");
}

std::optional<SalaryBand::Kind> SalaryBand::kindFromKey(const QString &key)
{
    if (key == QLatin1String("base"))
        return Kind::Base;
    if (key == QLatin1String("total"))
        return Kind::TotalCompensation;
    return std::nullopt;
}

QString SalaryBand::kindToDisplayName(Kind kind)
{
    return kind == Kind::Base ? QCoreApplication::translate("SalaryBand", "Base salary")
                              : QCoreApplication::translate("SalaryBand", "Total compensation");
}

bool SalaryBand::operator==(const SalaryBand &other) const
{
    return kind == other.kind && minimum == other.minimum && maximum == other.maximum && openEnded == other.openEnded
           && currency == other.currency && source == other.source;
}

QString SalaryBand::toDisplayText(const QLocale &locale) const
{
    const auto top = [&](qint64 amount) {
        return openEnded ? Money::formatAtLeast(amount, currency, locale) : Money::format(amount, currency, locale);
    };
    if (!maximum)
        return top(minimum);
    return Money::format(minimum, currency, locale) + QStringLiteral(" – ") + top(*maximum);
}

std::optional<SalaryBand> SalaryBand::convertedTo(const QString &target, const CurrencyConverter &converter) const
{
    SalaryBand result = *this;
    const auto low = converter.convert(minimum, currency, target);
    const auto high = maximum ? converter.convert(*maximum, currency, target) : std::nullopt;
    if (!low || (maximum && !high))
        return std::nullopt;
    result.minimum = *low;
    result.maximum = high;
    result.currency = target;
    return result;
}

} // namespace careerplanner
