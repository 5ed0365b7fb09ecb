#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Career Planner: plan your progression up a management career ladder."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help and exit."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") },
                                     tr("Show the version and exit."));
    const QCommandLineOption newPlan(QStringLiteral("new"),
                                     tr("Create plan FILE with the reference ladders (FILE must not exist)."));
    const QCommandLineOption sample(QStringLiteral("sample"), tr("With --new: add an example person's data."));
    const QCommandLineOption exportJson(QStringLiteral("export-json"), tr("Write plan FILE as JSON to stdout."));
    const QCommandLineOption importJson(QStringLiteral("import-json"),
                                        tr("Create plan FILE from the JSON export JSON; all or nothing."),
                                        QStringLiteral("JSON"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   tr("Check plan FILE (integrity, links, schema, rules) and print the findings."));
    const QCommandLineOption payTable(QStringLiteral("pay-table"),
                                      tr("Print the pay projection of plan FILE as CSV, a row per package and year."));
    const QCommandLineOption years(QStringLiteral("years"),
                                   tr("With --pay-table or --export-chart pay: years to project (1-10, default 4)."),
                                   QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption exportChart(QStringLiteral("export-chart"),
                                         tr("Draw a chart of plan FILE (bands, compare or pay) into --output."),
                                         QStringLiteral("CHART"));
    const QCommandLineOption exportCsv(
        QStringLiteral("export-csv"),
        tr("Write plan FILE's goals, checkins, stories, questions, attempts, applications, conversations or "
           "feedback as CSV to --output."),
        QStringLiteral("TABLE"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        tr("Write the report of plan FILE (profile, path, bands, pay, milestones, goals, interviews) "
           "as a PDF to --output."));
    const QCommandLineOption exportIcs(QStringLiteral("export-ics"),
                                       tr("Write plan FILE's interviews still to come (or one application's, with "
                                          "--application) as an iCalendar file to --output."));
    const QCommandLineOption promotionCase(QStringLiteral("promotion-case"),
                                           tr("Write the case for plan FILE's next promotion (or the step to "
                                              "--level) as PDF or Markdown to --output (.pdf or .md)."));
    const QCommandLineOption application(
        QStringLiteral("application"),
        tr("With --export-ics: only this application's interviews (its company, or \"Company: Role\")."),
        QStringLiteral("NAME"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("With --export-chart (.png or .svg), --export-csv (.csv), --export-ics (.ics), "
                                       "--report (.pdf) or --promotion-case (.pdf or .md): the file to write."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption level(QStringLiteral("level"),
                                   tr("With --new: the level you hold (its title); with --promotion-case: the level "
                                      "the case is for."),
                                   QStringLiteral("TITLE"));
    const QCommandLineOption since(QStringLiteral("since"), tr("With --new: when you reached it."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption base(QStringLiteral("base"), tr("With --new: your base salary a year."),
                                  QStringLiteral("AMOUNT"));
    const QCommandLineOption total(QStringLiteral("total"),
                                   tr("With --new: your total compensation a year, base included."),
                                   QStringLiteral("AMOUNT"));
    const QCommandLineOption target(QStringLiteral("target"),
                                    tr("With --new: the level you aim for (default: Vice President, or the top)."),
                                    QStringLiteral("TITLE"));
    const QCommandLineOption ladder(QStringLiteral("ladder"),
                                    tr("With --export-chart: the ladder to draw; with --new: the ladder you are on."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption size(QStringLiteral("size"), tr("With --export-chart: image size (default 1200x700)."),
                                  QStringLiteral("WxH"), QStringLiteral("1200x700"));
    const QCommandLineOption simulate(
        QStringLiteral("simulate"),
        tr("Simulate plan FILE's path; print P10/P50/P90 dates of reaching each level as CSV."));
    const QCommandLineOption runs(QStringLiteral("runs"), tr("With --simulate: careers to simulate (default 10000)."),
                                  QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("With --simulate: random seed, for repeatable results (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption importMarket(QStringLiteral("import-market"),
                                          tr("Add the pay reports of CSV (Levels.fyi, H-1B or your own sheet) to "
                                             "plan FILE, as one edit; print how many were added and skipped."),
                                          QStringLiteral("CSV"));
    const QCommandLineOption marketTable(QStringLiteral("market-table"),
                                         tr("Print the percentiles of plan FILE's market reports as CSV, a row per "
                                            "matched level and one for all levels, per job family."));
    const QCommandLineOption company(QStringLiteral("company"), tr("With --market-table: only this company's reports."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   tr("With --market-table: only this job family (\"Product Manager\")."),
                                   QStringLiteral("TITLE"));
    const QCommandLineOption quitAfterStartup(QStringLiteral("quit-after-startup"),
                                              tr("Open the window and quit after its first paint."));
    parser.addOptions({ help,      version,     newPlan,      sample,       exportJson,       importJson, check,
                        payTable,  years,       exportChart,  output,       ladder,           size,       simulate,
                        runs,      seed,        exportCsv,    report,       quitAfterStartup, level,      since,
                        base,      total,       target,       importMarket, marketTable,      company,    title,
                        exportIcs, application, promotionCase });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The plan file (default: your default plan)."),
                                 QStringLiteral("[FILE]"));

    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.mode = Mode::Invalid;
        result.error = parser.errorText();
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        result.mode = Mode::Invalid;
        result.error = tr("Give at most one plan file.");
        return result;
    }
    result.file = positional.value(0);
    result.sample = parser.isSet(sample);
    result.quitAfterStartup = parser.isSet(quitAfterStartup);
    result.jsonFile = parser.value(importJson);
    result.marketFile = parser.value(importMarket);
    result.company = parser.value(company);
    result.title = parser.value(title);

    QList<Mode> modes;
    if (parser.isSet(help))
        modes.append(Mode::Help);
    if (parser.isSet(version))
        modes.append(Mode::Version);
    if (parser.isSet(newPlan))
        modes.append(Mode::New);
    if (parser.isSet(exportJson))
        modes.append(Mode::ExportJson);
    if (parser.isSet(importJson))
        modes.append(Mode::ImportJson);
    if (parser.isSet(check))
        modes.append(Mode::Check);
    if (parser.isSet(payTable))
        modes.append(Mode::PayTable);
    if (parser.isSet(exportChart))
        modes.append(Mode::ExportChart);
    if (parser.isSet(simulate))
        modes.append(Mode::Simulate);
    if (parser.isSet(exportCsv))
        modes.append(Mode::ExportCsv);
    if (parser.isSet(report))
        modes.append(Mode::Report);
    if (parser.isSet(importMarket))
        modes.append(Mode::ImportMarket);
    if (parser.isSet(marketTable))
        modes.append(Mode::MarketTable);
    if (parser.isSet(exportIcs))
        modes.append(Mode::ExportIcs);
    if (parser.isSet(promotionCase))
        modes.append(Mode::PromotionCase);
    result.application = parser.value(application);
    result.table = parser.value(exportCsv);
    bool runsOk = false;
    bool seedOk = false;
    result.runs = parser.value(runs).toInt(&runsOk);
    result.seed = parser.value(seed).toULongLong(&seedOk);
    result.chart = parser.value(exportChart);
    result.output = parser.value(output);
    result.ladder = parser.value(ladder);
    result.level = parser.value(level);
    result.since = QDate::fromString(parser.value(since), Qt::ISODate);
    result.base = parser.value(base);
    result.total = parser.value(total);
    result.target = parser.value(target);
    const bool caseLevel = parser.isSet(level) && modes.value(0) == Mode::PromotionCase;
    const bool setUpOptions = (parser.isSet(level) && !caseLevel) || parser.isSet(since) || parser.isSet(base)
                              || parser.isSet(total) || parser.isSet(target);
    const QStringList sizeParts = parser.value(size).split(QLatin1Char('x'));
    result.size = sizeParts.size() == 2 ? QSize(sizeParts[0].toInt(), sizeParts[1].toInt()) : QSize();
    if (modes.size() > 1 && !modes.contains(Mode::Help)) {
        result.mode = Mode::Invalid;
        result.error = tr("Give one command at a time.");
        return result;
    }
    result.mode = modes.contains(Mode::Help) ? Mode::Help : modes.value(0, Mode::Window);
    result.setUp = result.mode == Mode::New && (setUpOptions || parser.isSet(ladder));
    const bool needsFile
        = result.mode == Mode::New || result.mode == Mode::ExportJson || result.mode == Mode::ImportJson
          || result.mode == Mode::Check || result.mode == Mode::PayTable || result.mode == Mode::ExportChart
          || result.mode == Mode::Simulate || result.mode == Mode::ExportCsv || result.mode == Mode::Report
          || result.mode == Mode::ImportMarket || result.mode == Mode::MarketTable || result.mode == Mode::ExportIcs
          || result.mode == Mode::PromotionCase;
    const bool chartOptions = parser.isSet(size) || (parser.isSet(ladder) && result.mode != Mode::New);
    bool yearsOk = false;
    result.years = parser.value(years).toInt(&yearsOk);
    if (needsFile && result.file.isEmpty()) {
        result.mode = Mode::Invalid;
        result.error = tr("That command needs a plan FILE.");
    } else if (!yearsOk || result.years < 1 || result.years > 10) {
        result.mode = Mode::Invalid;
        result.error = tr("--years must be a whole number from 1 to 10.");
    } else if (parser.isSet(years) && result.mode != Mode::PayTable
               && !(result.mode == Mode::ExportChart && result.chart == QLatin1String("pay"))) {
        result.mode = Mode::Invalid;
        result.error = tr("--years goes with --pay-table or --export-chart pay.");
    } else if ((parser.isSet(runs) || parser.isSet(seed)) && result.mode != Mode::Simulate) {
        result.mode = Mode::Invalid;
        result.error = tr("--runs and --seed go with --simulate.");
    } else if (!runsOk || result.runs < 1 || result.runs > 10'000'000) {
        result.mode = Mode::Invalid;
        result.error = tr("--runs must be a whole number from 1 to 10000000.");
    } else if (!seedOk) {
        result.mode = Mode::Invalid;
        result.error = tr("--seed must be a whole number of 0 or more.");
    } else if (chartOptions && result.mode != Mode::ExportChart) {
        result.mode = Mode::Invalid;
        result.error = tr("--ladder goes with --export-chart or --new, --size with --export-chart.");
    } else if (setUpOptions && result.mode != Mode::New) {
        result.mode = Mode::Invalid;
        result.error = tr("--since, --base, --total and --target go with --new, --level with --new or "
                          "--promotion-case.");
    } else if (result.setUp && (result.ladder.isEmpty() || result.level.isEmpty() || !result.since.isValid())) {
        result.mode = Mode::Invalid;
        result.error = tr("--new sets up a plan with --ladder NAME, --level TITLE and --since YYYY-MM-DD (a date "
                          "that exists).");
    } else if (result.setUp && result.sample) {
        result.mode = Mode::Invalid;
        result.error = tr("--sample makes the example person's plan: leave out --ladder, --level and the rest.");
    } else if (parser.isSet(output) && result.mode != Mode::ExportChart && result.mode != Mode::ExportCsv
               && result.mode != Mode::Report && result.mode != Mode::ExportIcs && result.mode != Mode::PromotionCase) {
        result.mode = Mode::Invalid;
        result.error
            = tr("--output goes with --export-chart, --export-csv, --export-ics, --report or --promotion-case.");
    } else if (parser.isSet(application) && result.mode != Mode::ExportIcs) {
        result.mode = Mode::Invalid;
        result.error = tr("--application goes with --export-ics.");
    } else if (result.mode == Mode::ExportIcs && !result.output.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive)) {
        result.mode = Mode::Invalid;
        result.error = tr("--export-ics needs --output OUT.ics.");
    } else if (result.mode == Mode::Report && !result.output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        result.mode = Mode::Invalid;
        result.error = tr("--report needs --output OUT.pdf.");
    } else if (result.mode == Mode::PromotionCase && !result.output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
               && !result.output.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
        result.mode = Mode::Invalid;
        result.error = tr("--promotion-case needs --output OUT.pdf or OUT.md.");
    } else if (result.mode == Mode::ExportCsv
               && !QStringList { QStringLiteral("goals"), QStringLiteral("checkins"), QStringLiteral("stories"),
                                 QStringLiteral("questions"), QStringLiteral("attempts"),
                                 QStringLiteral("applications"), QStringLiteral("conversations"),
                                 QStringLiteral("feedback") }
                       .contains(result.table)) {
        result.mode = Mode::Invalid;
        result.error = tr("--export-csv takes goals, checkins, stories, questions, attempts, applications, "
                          "conversations or feedback.");
    } else if (result.mode == Mode::ExportCsv && result.output.isEmpty()) {
        result.mode = Mode::Invalid;
        result.error = tr("--export-csv needs --output OUT.csv.");
    } else if (result.mode == Mode::ExportChart
               && !QStringList { QStringLiteral("bands"), QStringLiteral("compare"), QStringLiteral("pay") }.contains(
                   result.chart)) {
        result.mode = Mode::Invalid;
        result.error = tr("--export-chart takes bands, compare or pay.");
    } else if (result.mode == Mode::ExportChart && result.output.isEmpty()) {
        result.mode = Mode::Invalid;
        result.error = tr("--export-chart needs --output OUT.png or OUT.svg.");
    } else if (result.mode == Mode::ExportChart && !result.size.isValid()) {
        result.mode = Mode::Invalid;
        result.error = tr("--size takes width x height in pixels, for example 1600x900.");
    } else if ((parser.isSet(company) || parser.isSet(title)) && result.mode != Mode::MarketTable) {
        result.mode = Mode::Invalid;
        result.error = tr("--company and --title go with --market-table.");
    } else if (result.sample && result.mode != Mode::New) {
        result.mode = Mode::Invalid;
        result.error = tr("--sample goes with --new.");
    }
    return result;
}

} // namespace careerplanner
