#include "app/ChartCommand.h"

#include "ui/charts/BandChartBuilder.h"
#include "ui/charts/ChartExporter.h"
#include "ui/compare/CompareChart.h"
#include "ui/pay/PayChart.h"
#include "core/plan/PlanSession.h"

#include <QChart>

#include <memory>

namespace careerplanner {

namespace {

int fail(QTextStream &err, const QString &message)
{
    err << "careerplanner: " << message << Qt::endl;
    return 1;
}

} // namespace

int ChartCommand::run(const CommandLine &command, QTextStream &err)
{
    QString error;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::openReadOnly(command.file, &error);
    std::unique_ptr<PlanSession> session = plan ? PlanSession::load(std::move(plan), &error) : nullptr;
    if (!session)
        return fail(err, error);

    const QList<CareerLadder> &ladders = session->ladderStore().ladders();
    const CareerLadder *chosen = nullptr;
    for (const CareerLadder &ladder : ladders) {
        if (!chosen && (command.ladder.isEmpty() || ladder.name == command.ladder))
            chosen = &ladder;
    }
    if (!chosen)
        return fail(err, command.ladder.isEmpty() ? QStringLiteral("the plan has no ladders")
                                                  : QStringLiteral("no ladder is called “%1”").arg(command.ladder));
    std::unique_ptr<QChart> chart;
    if (command.chart == QLatin1String("pay")) {
        if (session->payStore().payPackages().isEmpty())
            return fail(err, QStringLiteral("the plan has no pay packages"));
        const QList<QChart *> charts
            = PayChart::build(session->payStore().payPackages(), command.years, session->payStore().converter());
        chart.reset(charts.constFirst());
        if (charts.size() > 1) {
            qDeleteAll(charts.mid(1));
            return fail(err, QStringLiteral("the packages are in %1 currencies and the plan has no exchange rate to "
                                            "draw them on one axis: add one in the window (Edit ▸ Currencies and "
                                            "Exchange Rates)")
                                 .arg(charts.size()));
        }
    } else if (command.chart == QLatin1String("compare")) {
        // The ladder's first (lowest) four levels with a figure, base pay where the ladder has it.
        const bool hasBase = std::any_of(chosen->levels.cbegin(), chosen->levels.cend(), [](const CareerLevel &l) {
            return l.band(SalaryBand::Kind::Base).has_value();
        });
        const SalaryBand::Kind kind = hasBase ? SalaryBand::Kind::Base : SalaryBand::Kind::TotalCompensation;
        QList<BandComparison::Entry> entries;
        for (const CareerLevel &level : chosen->levels) {
            if (level.band(kind) && entries.size() < BandComparison::MaximumLevels)
                entries.append(
                    BandComparison::entryFor(level.title, session->payStore().adjustment().apply(*level.band(kind))));
        }
        const BandComparison::Conversion conversion
            = BandComparison::toOneCurrency(&entries, session->payStore().converter());
        if (!conversion.problem.isEmpty())
            return fail(err, conversion.problem.left(1).toLower() + conversion.problem.mid(1));
        if (entries.size() < BandComparison::MinimumLevels)
            return fail(err, QStringLiteral("“%1” has fewer than two levels with salary figures").arg(chosen->name));
        chart.reset(CompareChart::build(entries, kind).chart);
    } else if (command.chart == QLatin1String("bands")) {
        BandChartBuilder::Options options;
        options.ladders.append(chosen);
        options.adjustment = session->payStore().adjustment(); // the same look as on screen
        if (!session->payStore().payHistory().isEmpty()) {
            const PayRecord &latest = session->payStore().payHistory().constLast();
            options.myBase = latest.base;
            options.myTotal = latest.total();
            options.myPayYear = QString::number(latest.year);
            options.myPayCurrency = latest.currency;
            options.converter = session->payStore().converter();
        }
        chart.reset(BandChartBuilder::build(options).chart);
    } else {
        return fail(err, QStringLiteral("the %1 chart is not available yet").arg(command.chart));
    }
    if (!ChartExporter::save(chart.get(), command.output, command.size, &error))
        return fail(err, error);
    return 0;
}

} // namespace careerplanner
