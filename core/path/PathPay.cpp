#include "core/path/PathPay.h"

#include "core/bands/BandComparison.h"
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
        return { 0, QStringLiteral("USD"), tr("no figure: the level is no longer on its ladder") };
    for (SalaryBand::Kind kind : { SalaryBand::Kind::TotalCompensation, SalaryBand::Kind::Base }) {
        if (const auto band = level->band(kind)) {
            const BandComparison::Entry entry = BandComparison::entryFor(QString(), adjustment.apply(*band));
            const QString what = kind == SalaryBand::Kind::Base ? tr("base band") : tr("total-compensation band");
            return { *entry.midpoint, band->currency,
                     entry.midpointIsFloor ? tr("floor of the midpoint of the %1 (open-ended)").arg(what)
                                           : tr("midpoint of the %1").arg(what) };
        }
    }
    return { 0, QStringLiteral("USD"), tr("no figure: the sources give no pay for this level") };
}

} // namespace

QList<PathPay::Expected> PathPay::expected(const Scenario &scenario, const QList<CareerLadder> &ladders,
                                           const BandAdjustment &adjustment, const QList<PayPackage> &packages,
                                           const QList<PayRecord> &history)
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
                result.append({ PayProjection::project(*current, 1).constFirst().total(), current->currency,
                                tr("your current job package, first year") });
                continue;
            }
            if (!history.isEmpty()) {
                result.append({ history.constLast().total(), history.constLast().currency,
                                tr("what you were paid in %1").arg(history.constLast().year) });
                continue;
            }
        }
        result.append(fromBand(level, adjustment));
    }
    return result;
}

QList<qint64> PathPay::amounts(const QList<Expected> &expected)
{
    QList<qint64> result;
    for (const Expected &e : expected)
        result.append(e.annual);
    return result;
}

} // namespace careerplanner
