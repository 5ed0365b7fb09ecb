#include "app/HeadlessCommands.h"

#include "app/ApplicationCommands.h"
#include "app/MarketCommands.h"
#include "core/applications/ApplicationCsv.h"
#include "core/conversations/ConversationCsv.h"
#include "core/base/BoundedFile.h"
#include "core/path/CareerSimulation.h"
#include "core/storage/OutputFile.h"
#include "core/base/Csv.h"
#include "core/base/Money.h"
#include "core/path/PathPay.h"
#include "core/pay/PayProjection.h"
#include "core/pay/PayRepository.h"
#include "core/plan/PlanChecker.h"
#include "core/skills/SkillCsv.h"
#include "core/stories/StoryCsv.h"
#include "core/interviews/InterviewCsv.h"
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSetup.h"
#include "core/io/PlanJson.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <tuple>

namespace careerplanner {

namespace {

int fail(QTextStream &err, const QString &message)
{
    err << "careerplanner: " << message << Qt::endl;
    return 1;
}

int printPayTable(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto plan = PlanDatabase::openReadOnly(command.file, &error);
    QList<PayPackage> packages;
    if (!plan || !PayRepository(*plan).loadPackages(&packages, &error))
        return fail(err, error);
    out << Csv::record({ QStringLiteral("package"), QStringLiteral("kind"), QStringLiteral("year"),
                         QStringLiteral("currency"), QStringLiteral("base"), QStringLiteral("sign_on"),
                         QStringLiteral("stock"), QStringLiteral("refreshers"), QStringLiteral("bonus"),
                         QStringLiteral("total") });
    for (const PayPackage &package : packages) {
        const QString &currency = package.currency;
        for (const PayProjection::Year &year : PayProjection::project(package, command.years)) {
            out << Csv::record({ package.name, PayPackage::kindToKey(package.kind), QString::number(year.year),
                                 currency, Csv::amount(year.base, currency), Csv::amount(year.signOn, currency),
                                 Csv::amount(year.stock, currency), Csv::amount(year.refreshers, currency),
                                 Csv::amount(year.bonus, currency), Csv::amount(year.total(), currency) });
        }
    }
    out.flush();
    return 0;
}

int printSimulation(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto plan = PlanDatabase::openReadOnly(command.file, &error);
    PlanContent content;
    if (!plan || !PlanJson::load(*plan, &content, &error))
        return fail(err, error);
    const auto primary = std::find_if(content.scenarios.cbegin(), content.scenarios.cend(),
                                      [](const Scenario &s) { return s.primary; });
    if (primary == content.scenarios.cend() || primary->steps.size() < 2)
        return fail(err, QStringLiteral("the plan has no path to simulate: lay one out in the window first"));

    CareerSimulation::Input input;
    for (const PathStep &step : primary->steps)
        input.times.append(step.timeAtLevel);
    input.currentStart = primary->steps.constFirst().targetDate;
    input.today = QDate::currentDate();
    input.annualPay = PathPay::amounts(
        PathPay::expected(*primary, content.ladders, content.adjustment, content.payPackages, content.payHistory));
    const CareerSimulation::Result result = CareerSimulation::run(input, command.runs, command.seed);
    if (result.currentLevelOverdue)
        err << "careerplanner: note: " << CareerSimulation::overdueRule() << Qt::endl;

    out << Csv::record(
        { QStringLiteral("level"), QStringLiteral("p10"), QStringLiteral("p50"), QStringLiteral("p90") });
    for (int i = 0; i < result.reachMonths.size(); ++i) {
        const CareerSimulation::Percentiles &p = result.reachMonths.at(i);
        out << Csv::record({ primary->steps.at(i + 1).levelTitle, result.dateAfterMonths(p.p10).toString(Qt::ISODate),
                             result.dateAfterMonths(p.p50).toString(Qt::ISODate),
                             result.dateAfterMonths(p.p90).toString(Qt::ISODate) });
    }
    out.flush();
    return 0;
}

int writeCsv(const CommandLine &command, QTextStream &err)
{
    QString error;
    const auto plan = PlanDatabase::openReadOnly(command.file, &error);
    PlanContent content;
    if (!plan || !PlanJson::load(*plan, &content, &error))
        return fail(err, error);
    const QString &table = command.table;
    const QString csv = table == QLatin1String("goals")      ? SkillCsv::goals(content.goals, content.skills)
                        : table == QLatin1String("checkins") ? SkillCsv::checkIns(content.goals, content.skills)
                        : table == QLatin1String("questions")
                            ? InterviewCsv::questions(content.questions, content.skills)
                        : table == QLatin1String("attempts")
                            ? InterviewCsv::attempts(content.attempts, content.questions, content.stories)
                        : table == QLatin1String("applications")
                            ? ApplicationCsv::applications(content.applications, QDateTime::currentDateTimeUtc())
                        : table == QLatin1String("conversations")
                            ? ConversationCsv::conversations(content.conversations.conversations)
                        : table == QLatin1String("feedback")
                            ? ConversationCsv::feedback(content.conversations.feedback, content.skills)
                            : StoryCsv::stories(content.stories, content.skills);
    return OutputFile::write(command.output, csv.toUtf8(), command.file, &error) ? 0 : fail(err, error);
}

// --new FILE --ladder … --level … --since …: checked whole before anything is written.
int setUpPlan(const CommandLine &command, QTextStream &err)
{
    QString error;
    PlanContent content;
    if (!PlanFactory::referenceContent(QFileInfo(command.file).completeBaseName(), &content, &error))
        return fail(err, error);
    PlanSetup::Answers answers;
    answers.ladderName = command.ladder;
    answers.levelTitle = command.level;
    answers.since = command.since;
    answers.targetTitle = command.target;
    for (const auto &[text, option, amount] : { std::tuple { command.base, "--base", &answers.base },
                                                std::tuple { command.total, "--total", &answers.total } }) {
        if (text.isEmpty())
            continue;
        const Money::ParseResult parsed = Money::parse(text, answers.currency);
        if (!parsed.minorUnits)
            return fail(err, QStringLiteral("%1: %2").arg(QLatin1String(option), parsed.error));
        *amount = parsed.minorUnits;
    }
    const QDate today = QDate::currentDate();
    const QString problem = PlanSetup::problem(answers, content.ladders, today);
    if (!problem.isEmpty())
        return fail(err, problem);
    PlanSetup::apply(answers, &content, today);
    return PlanFactory::create(command.file, content, &error) ? 0 : fail(err, error);
}

} // namespace

int HeadlessCommands::run(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QString error;
    // What a command prints may be redirected into a file: never into a plan.
    const bool printsToStandardOutput
        = command.mode == CommandLine::Mode::ExportJson || command.mode == CommandLine::Mode::PayTable
          || command.mode == CommandLine::Mode::Simulate || command.mode == CommandLine::Mode::Check
          || command.mode == CommandLine::Mode::MarketTable || command.mode == CommandLine::Mode::ImportMarket;
    if (printsToStandardOutput) {
        error = OutputFile::standardOutputRefusal(command.file);
        if (!error.isEmpty())
            return fail(err, error);
        if (command.mode == CommandLine::Mode::ExportJson || command.mode == CommandLine::Mode::PayTable)
            OutputFile::keepStandardOutputPrivate();
    }
    switch (command.mode) {
    case CommandLine::Mode::Help:
        out << command.helpText;
        return 0;
    case CommandLine::Mode::Version:
        out << "careerplanner " << CAREERPLANNER_VERSION << Qt::endl;
        return 0;
    case CommandLine::Mode::Invalid:
        return fail(err, command.error);
    case CommandLine::Mode::New: {
        if (command.setUp)
            return setUpPlan(command, err);
        const auto plan = command.sample ? PlanFactory::createSample(command.file, &error)
                                         : PlanFactory::createWithReferenceLadders(command.file, &error);
        return plan ? 0 : fail(err, error);
    }
    case CommandLine::Mode::ExportJson: {
        const auto plan = PlanDatabase::openReadOnly(command.file, &error);
        QByteArray json;
        if (!plan || !PlanJson::exportPlan(*plan, &json, &error))
            return fail(err, error);
        out.flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(json) != json.size())
            return fail(err, QStringLiteral("cannot write to standard output"));
        return 0;
    }
    case CommandLine::Mode::ImportJson: {
        QByteArray json;
        if (!BoundedFile::read(command.jsonFile, BoundedFile::JsonLimit, &json, &error))
            return fail(err, error);
        const auto plan = PlanJson::importPlan(json, command.file, &error);
        return plan ? 0 : fail(err, QStringLiteral("%1: %2").arg(command.jsonFile, error));
    }
    case CommandLine::Mode::Check: {
        const PlanChecker::Report report = PlanChecker::check(command.file);
        for (const QString &line : report.lines)
            out << line << '\n';
        out.flush();
        return report.ok ? 0 : 1;
    }
    case CommandLine::Mode::PayTable:
        return printPayTable(command, out, err);
    case CommandLine::Mode::Simulate:
        return printSimulation(command, out, err);
    case CommandLine::Mode::ExportCsv:
        return writeCsv(command, err);
    case CommandLine::Mode::ImportMarket:
        return MarketCommands::importReports(command, out, err);
    case CommandLine::Mode::MarketTable:
        return MarketCommands::printTable(command, out, err);
    case CommandLine::Mode::ExportIcs:
        return ApplicationCommands::exportCalendar(command, err);
    case CommandLine::Mode::ExportChart: // drawn by the ui library, see ChartCommand
    case CommandLine::Mode::Report: // likewise, see ReportWriter
    case CommandLine::Mode::PromotionCase: // likewise, see PromotionCaseCommand
    case CommandLine::Mode::Window:
        break;
    }
    return fail(err, QStringLiteral("nothing to do"));
}

} // namespace careerplanner
