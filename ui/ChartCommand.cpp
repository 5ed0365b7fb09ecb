#include "ChartCommand.h"

#include "BandChartBuilder.h"
#include "ChartExporter.h"
#include "PlanSession.h"

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

    const QList<CareerLadder> &ladders = session->ladders();
    std::unique_ptr<QChart> chart;
    if (command.chart == QLatin1String("bands")) {
        BandChartBuilder::Options options;
        for (const CareerLadder &ladder : ladders) {
            if (command.ladder.isEmpty() ? options.ladders.isEmpty() : ladder.name == command.ladder)
                options.ladders.append(&ladder);
        }
        if (options.ladders.isEmpty())
            return fail(err, command.ladder.isEmpty() ? QStringLiteral("the plan has no ladders")
                                                      : QStringLiteral("no ladder is called “%1”").arg(command.ladder));
        if (!session->payHistory().isEmpty()) {
            const PayRecord &latest = session->payHistory().constLast();
            options.myBase = latest.base;
            options.myTotal = latest.total();
            options.myPayYear = QString::number(latest.year);
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
