#include "core/path/PathPay.h"

#include "core/bands/BandComparison.h"
#include "core/base/Money.h"
#include "core/path/PathValidator.h"
#include "core/pay/PayProjection.h"

#include <QCoreApplication>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PathPay", text);
}

PathPay::Expected fromBand(const CareerLevel *level, const BandAdjustment &adjustment)
{
    if (!level)
        return { 0, QString(), tr("no figure: the level is no longer on its ladder"), {}, {}, {} };
    for (SalaryBand::Kind kind : { SalaryBand::Kind::TotalCompensation, SalaryBand::Kind::Base }) {
        if (const auto band = level->band(kind)) {
            const BandComparison::Entry entry = BandComparison::entryFor(QString(), adjustment.apply(*band));
            const QString what = kind == SalaryBand::Kind::Base ? tr("base band") : tr("total-compensation band");
            return { *entry.midpoint,
                     band->currency,
                     entry.midpointIsFloor ? tr("floor of the midpoint of the %1 (open-ended)").arg(what)
                                           : tr("midpoint of the %1").arg(what),
                     {},
                     {},
                     {} };
        }
    }
    return { 0, QString(), tr("no figure: the sources give no pay for this level"), {}, {}, {} };
}

} // namespace

QList<PathPay::Expected> PathPay::expected(const Scenario &scenario, const QList<CareerLadder> &ladders,
                                           const BandAdjustment &adjustment, const QList<PayPackage> &packages,
                                           const QList<PayRecord> &history, const CurrencyConverter &converter)
{
    QList<Expected> result;
    for (int i = 0; i < scenario.steps.size(); ++i) {
        const PathStep &step = scenario.steps.at(i);
        const CareerLevel *level = PathValidator::findLevel(ladders, step.ladderName, step.levelTitle);
        if (i == 0) {
            const auto current = std::find_if(packages.cbegin(), packages.cend(), [](const PayPackage &p) {
                return p.kind == PayPackage::Kind::CurrentJob;
            });
            if (current != packages.cend()) {
                result.append({ PayProjection::project(*current, 1).constFirst().total(),
                                current->currency,
                                tr("your current job package, first year"),
                                {},
                                {},
                                {} });
                continue;
            }
            if (!history.isEmpty()) {
                result.append({ history.constLast().total(),
                                history.constLast().currency,
                                tr("what you were paid in %1").arg(history.constLast().year),
                                {},
                                {},
                                {} });
                continue;
            }
        }
        result.append(fromBand(level, adjustment));
    }
    const QString display = converter.displayCurrency();
    for (Expected &e : result) {
        if (e.currency.isEmpty() || display.isEmpty() || e.currency == display)
            continue;
        if (const auto converted = converter.convert(e.annual, e.currency, display)) {
            e.rate = converter.rateText(e.currency, display);
            e.convertedFrom = e.currency;
            e.conversion = tr("converted from %1 at %2").arg(Money::format(e.annual, e.currency), e.rate);
            e.annual = *converted;
            e.currency = display;
        }
    }
    return result;
}

QString PathPay::commonCurrency(const QList<Expected> &expected)
{
    QString common;
    for (const Expected &e : expected) {
        if (e.currency.isEmpty())
            continue;
        if (!common.isEmpty() && e.currency != common)
            return QString();
        common = e.currency;
    }
    return common;
}

QStringList PathPay::ratesUsed(const QList<Expected> &expected)
{
    QStringList rates;
    for (const Expected &e : expected) {
        if (!e.rate.isEmpty() && !rates.contains(e.rate))
            rates.append(e.rate);
    }
    return rates;
}

QString PathPay::mixedCurrencies(const Scenario &scenario, const QList<Expected> &expected)
{
    for (int i = 0; i < expected.size(); ++i) {
        for (int j = i + 1; j < expected.size(); ++j) {
            if (expected.at(i).currency.isEmpty() || expected.at(j).currency.isEmpty()
                || expected.at(i).currency == expected.at(j).currency)
                continue;
            return tr("Pay at %1 is in %2 and at %3 in %4: add an exchange rate to compare them.")
                .arg(scenario.steps.at(i).levelTitle, expected.at(i).currency, scenario.steps.at(j).levelTitle,
                     expected.at(j).currency);
        }
    }
    return QString();
}

QList<qint64> PathPay::amounts(const QList<Expected> &expected)
{
    QList<qint64> result;
    for (const Expected &e : expected)
        result.append(e.annual);
    return result;
}

} // namespace careerplanner
