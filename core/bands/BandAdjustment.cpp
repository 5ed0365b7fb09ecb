#include "core/bands/BandAdjustment.h"

#include "core/base/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BandAdjustment", text);
}

qint64 scale(qint64 amount, int basisPoints)
{
    return Money::applyRate(amount, basisPoints - BandAdjustment::Neutral);
}

QString factorText(int basisPoints)
{
    return QStringLiteral("×") + QLocale().toString(basisPoints / 10'000.0, 'f', 2);
}

} // namespace

SalaryBand BandAdjustment::apply(const SalaryBand &band) const
{
    if (!isActive())
        return band;
    SalaryBand adjusted = band;
    adjusted.minimum = scale(scale(band.minimum, locationBasisPoints), businessUnitBasisPoints);
    if (band.maximum)
        adjusted.maximum = scale(scale(*band.maximum, locationBasisPoints), businessUnitBasisPoints);
    adjusted.source.section = tr("Adjusted by your assumptions (%1) from: %2").arg(describe(), band.source.section);
    return adjusted;
}

QString BandAdjustment::describe() const
{
    QStringList parts;
    if (locationBasisPoints != Neutral)
        parts.append(tr("location %1 %2").arg(locationLabel, factorText(locationBasisPoints)).simplified());
    if (businessUnitBasisPoints != Neutral)
        parts.append(
            tr("business unit %1 %2").arg(businessUnitLabel, factorText(businessUnitBasisPoints)).simplified());
    return parts.join(QStringLiteral(", "));
}

QString BandAdjustment::validate() const
{
    for (int factor : { locationBasisPoints, businessUnitBasisPoints }) {
        if (factor < MinimumFactor || factor > MaximumFactor)
            return tr("A multiplier must be between ×0.50 and ×2.00.");
    }
    if (locationLabel.size() > 200 || businessUnitLabel.size() > 200)
        return tr("Keep the labels under 200 characters.");
    return {};
}

} // namespace careerplanner
