#include "app/MarketCommands.h"

#include "core/base/Csv.h"
#include "core/io/MarketImporter.h"
#include "core/plan/PlanSession.h"

#include <QStringList>

namespace careerplanner {

namespace {

int fail(QTextStream &err, const QString &message)
{
    err << "careerplanner: " << message << Qt::endl;
    return 1;
}

// The five percentiles of a summary as cells, empty where there are too few reports.
QStringList cells(const Percentiles::Summary &summary, const QString &currency)
{
    QStringList row;
    for (const std::optional<qint64> &value : { summary.p10, summary.p25, summary.p50, summary.p75, summary.p90 })
        row.append(value ? Csv::amount(*value, currency) : QString());
    return row;
}

QStringList record(const QString &company, const QString &family, const QString &level,
                   const MarketDistribution::Row &row, const QString &currency)
{
    return QStringList { company, family, level, QString::number(row.reports) } + cells(row.baseSummary, currency)
           + cells(row.totalSummary, currency);
}

} // namespace

int MarketCommands::importReports(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::unique_ptr<PlanSession> session = PlanSession::open(command.file, &error);
    if (!session)
        return fail(err, error);
    const MarketImporter::Preview preview = MarketImporter::preview(*session, command.marketFile, QDate::currentDate());
    if (!preview.error.isEmpty())
        return fail(err, QStringLiteral("%1: %2").arg(command.marketFile, preview.error));
    int added = 0;
    if (!preview.fresh.isEmpty() && !MarketImporter::apply(*session, preview, &added, &error))
        return fail(err, error);
    const int held = int(preview.read.reports.size() - preview.fresh.size());
    // Plain words for scripts, as the other commands print them: "added 1 report, skipped 2 rows".
    const auto count = [](qsizetype n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    out << "added " << count(added, "report", "reports") << ", skipped "
        << count(preview.read.skipped.size(), "row", "rows");
    if (held > 0)
        out << " (" << held << " already in the plan)";
    out << '\n';
    for (const CsvReader::Problem &skipped : preview.read.skipped)
        out << skipped.toString() << '\n';
    out.flush();
    return 0;
}

int MarketCommands::printTable(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::unique_ptr<PlanSession> session
        = PlanSession::load(PlanDatabase::openReadOnly(command.file, &error), &error);
    if (!session)
        return fail(err, error);
    const MarketStore &market = session->marketStore();
    const MarketMatcher &matcher = market.matcher();
    QList<int> ladders;
    if (!command.title.isEmpty()) {
        const int ladder = matcher.ladderOfFamily(command.title);
        if (ladder < 0) {
            QStringList families;
            for (int i = 0; i < matcher.ladders().size(); ++i)
                families.append(matcher.familyTitle(i));
            families.removeAll(QString());
            return fail(err, QStringLiteral("no ladder's job family is “%1”; the plan's are: %2")
                                 .arg(command.title, families.join(QStringLiteral(", "))));
        }
        ladders.append(ladder);
    } else {
        for (int i = 0; i < matcher.ladders().size(); ++i)
            ladders.append(i);
    }
    const CurrencyConverter converter = session->payStore().converter();
    const QString currency = converter.displayCurrency();
    out << Csv::record({ QStringLiteral("company"), QStringLiteral("title"), QStringLiteral("level"),
                         QStringLiteral("reports"), QStringLiteral("base_p10"), QStringLiteral("base_p25"),
                         QStringLiteral("base_p50"), QStringLiteral("base_p75"), QStringLiteral("base_p90"),
                         QStringLiteral("total_p10"), QStringLiteral("total_p25"), QStringLiteral("total_p50"),
                         QStringLiteral("total_p75"), QStringLiteral("total_p90") });
    const QString company = command.company.isEmpty() ? QString() : market.companyName(command.company);
    for (const int ladder : ladders) {
        MarketFilter filter;
        filter.company = command.company;
        filter.ladder = ladder;
        const MarketDistribution distribution = market.distribution(filter, converter);
        if (distribution.all.reports == 0)
            continue;
        const QString family = matcher.familyTitle(ladder);
        for (const MarketDistribution::Row &row : distribution.levels)
            out << Csv::record(
                record(company, family, matcher.ladders().at(ladder).levels.at(row.level).title, row, currency));
        out << Csv::record(record(company, family, QString(), distribution.all, currency));
        if (distribution.withoutRate > 0)
            err << QStringLiteral("careerplanner: note: %1 reports in %2 left out of %3: no rate to %4")
                       .arg(distribution.withoutRate)
                       .arg(distribution.currenciesWithoutRate.join(QStringLiteral(", ")), family, currency)
                << Qt::endl;
    }
    out.flush();
    return 0;
}

} // namespace careerplanner
