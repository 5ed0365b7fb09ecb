#include "core/bands/BandComparison.h"

#include <QCoreApplication>

#include "core/base/Money.h"

namespace careerplanner {

BandComparison::Entry BandComparison::entryFor(const QString &label, const std::optional<SalaryBand> &band)
{
    Entry entry;
    entry.label = label;
    entry.band = band;
    if (!band)
        return entry;
    // Integer midpoint, halves rounded up (amounts are never negative).
    entry.midpoint = band->maximum ? (band->minimum + *band->maximum + 1) / 2 : band->minimum;
    entry.midpointIsFloor = band->openEnded;
    return entry;
}

QList<BandComparison::Step> BandComparison::steps(const QList<Entry> &entries)
{
    QList<Step> result;
    for (int i = 0; i + 1 < entries.size(); ++i) {
        const Entry &from = entries.at(i);
        const Entry &to = entries.at(i + 1);
        Step step;
        if (from.midpoint && to.midpoint && from.band->currency == to.band->currency) {
            step.difference = *to.midpoint - *from.midpoint;
            if (*from.midpoint > 0) {
                step.basisPoints = static_cast<int>(Money::roundHalfAwayFromZero(
                    10'000.0 * static_cast<double>(*step.difference) / static_cast<double>(*from.midpoint)));
            }
            if (from.midpointIsFloor && to.midpointIsFloor)
                step.certainty = Certainty::Approximate;
            else if (to.midpointIsFloor)
                step.certainty = Certainty::AtLeast;
            else if (from.midpointIsFloor)
                step.certainty = Certainty::AtMost;
        }
        result.append(step);
    }
    return result;
}

QString BandComparison::certaintyPrefix(Certainty certainty)
{
    switch (certainty) {
    case Certainty::Exact:
        return {};
    case Certainty::AtLeast:
        return QStringLiteral("≥ ");
    case Certainty::AtMost:
        return QStringLiteral("≤ ");
    case Certainty::Approximate:
        return QStringLiteral("≈ ");
    }
    return {};
}

BandComparison::Conversion BandComparison::toOneCurrency(QList<Entry> *entries, const CurrencyConverter &converter)
{
    Conversion conversion;
    QString currency; // the first band's
    QString firstLabel;
    for (Entry &entry : *entries) {
        if (!entry.band)
            continue;
        if (currency.isEmpty()) {
            currency = entry.band->currency;
            firstLabel = entry.label;
            continue;
        }
        const QString from = entry.band->currency;
        if (from == currency)
            continue;
        const std::optional<SalaryBand> band = entry.band->convertedTo(currency, converter);
        if (!band && conversion.problem.isEmpty())
            conversion.problem = CurrencyConverter::missingRateText(entry.label, from, firstLabel, currency);
        if (band && !conversion.rates.contains(converter.rateText(from, currency)))
            conversion.rates.append(converter.rateText(from, currency));
        entry = entryFor(
            band ? QCoreApplication::translate("BandComparison", "%1, ≈ converted from %2").arg(entry.label, from)
                 : QCoreApplication::translate("BandComparison", "%1, in %2").arg(entry.label, from),
            band);
    }
    return conversion;
}

} // namespace careerplanner
