#pragma once

#include "core/base/CurrencyConverter.h"
#include "core/base/Money.h"
#include "core/base/SourceRef.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace careerplanner {

// A pay range for one level. Money is held in integer minor units (cents for USD) so that
// no figure is ever rounded by floating point on its way to and from the plan file.
struct SalaryBand
{
    enum class Kind { Base, TotalCompensation };

    Kind kind = Kind::Base;
    qint64 minimum = 0;
    // The highest figure the source states. With openEnded set it is a floor of the top,
    // not a cap ("$80,000 – $150,000+"); it may be absent altogether ("$200,000+").
    std::optional<qint64> maximum;
    bool openEnded = false;
    QString currency = QStringLiteral("USD");
    SourceRef source;

    static QString kindToKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindToDisplayName(Kind kind);

    // "$60,000 – $120,000", "$80,000 – $150,000+", "$200,000+".
    QString toDisplayText(const QLocale &locale = Money::displayLocale()) const;
    // The band in target's minor units through the user's rate, each figure rounded once;
    // empty without a rate.
    std::optional<SalaryBand> convertedTo(const QString &target, const CurrencyConverter &converter) const;

    bool operator==(const SalaryBand &other) const;
    bool operator!=(const SalaryBand &other) const { return !(*this == other); }
};

} // namespace careerplanner
