#include "app/ApplicationCommands.h"

#include "core/applications/ApplicationCalendar.h"
#include "core/applications/ApplicationRecords.h"
#include "core/applications/ApplicationReminders.h"
#include "core/storage/OutputFile.h"
#include "core/storage/PlanDatabase.h"

#include <QDateTime>

namespace careerplanner {

namespace {

int fail(QTextStream &err, const QString &message)
{
    err << "careerplanner: " << message << Qt::endl;
    return 1;
}

// The applications NAME means: its company, or "Company: Role", in any case.
QList<JobApplication> named(const QList<JobApplication> &applications, const QString &name)
{
    QList<JobApplication> found;
    for (const JobApplication &application : applications) {
        if (application.company.compare(name.simplified(), Qt::CaseInsensitive) == 0
            || application.displayName().compare(name.simplified(), Qt::CaseInsensitive) == 0)
            found.append(application);
    }
    return found;
}

} // namespace

int ApplicationCommands::exportCalendar(const CommandLine &command, QTextStream &err)
{
    QString error;
    const auto plan = PlanDatabase::openReadOnly(command.file, &error);
    ApplicationRecords records;
    if (!plan || !ApplicationRecords::load(*plan, &records, &error))
        return fail(err, error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ApplicationStage> stages;
    if (command.application.isEmpty()) {
        stages = ApplicationReminders::upcoming(records.applications, records.stages, now);
    } else {
        const QList<JobApplication> found = named(records.applications, command.application);
        if (found.isEmpty())
            return fail(err, QStringLiteral("no application of the plan is called “%1”").arg(command.application));
        if (found.size() > 1) {
            QStringList names;
            for (const JobApplication &application : found)
                names.append(application.displayName());
            return fail(err, QStringLiteral("“%1” names %2 applications; give one of: %3")
                                 .arg(command.application)
                                 .arg(found.size())
                                 .arg(names.join(QStringLiteral("; "))));
        }
        for (const ApplicationStage &stage : records.stages) {
            if (stage.applicationId == found.first().id)
                stages.append(stage);
        }
    }
    const QByteArray ics = ApplicationCalendar::write(records.applications, stages, now);
    return OutputFile::write(command.output, ics, command.file, &error) ? 0 : fail(err, error);
}

} // namespace careerplanner
