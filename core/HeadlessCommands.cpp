#include "HeadlessCommands.h"

#include "PlanChecker.h"
#include "PlanDatabase.h"
#include "PlanFactory.h"
#include "PlanJson.h"

#include <QFile>

namespace careerplanner {

namespace {

int fail(QTextStream &err, const QString &message)
{
    err << "careerplanner: " << message << Qt::endl;
    return 1;
}

} // namespace

int HeadlessCommands::run(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QString error;
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
        QFile input(command.jsonFile);
        if (!input.open(QIODevice::ReadOnly))
            return fail(err, QStringLiteral("cannot read %1: %2").arg(command.jsonFile, input.errorString()));
        const auto plan = PlanJson::importPlan(input.readAll(), command.file, &error);
        return plan ? 0 : fail(err, QStringLiteral("%1: %2").arg(command.jsonFile, error));
    }
    case CommandLine::Mode::Check: {
        const PlanChecker::Report report = PlanChecker::check(command.file);
        for (const QString &line : report.lines)
            out << line << '\n';
        out.flush();
        return report.ok ? 0 : 1;
    }
    case CommandLine::Mode::Window:
        break;
    }
    return fail(err, QStringLiteral("nothing to do"));
}

} // namespace careerplanner
