#include "core/applications/StageTemplates.h"

#include <QCoreApplication>

namespace careerplanner {

namespace {

// How long a stage of a kind usually is when its guide does not say: the recruiter's
// half hour and the hour of each interview the guides describe; the others take none.
int usualMinutes(const QString &kind)
{
    if (kind == QLatin1String("recruiter_screen"))
        return 30;
    if (kind == QLatin1String("decision") || kind == QLatin1String("other"))
        return 0;
    return 60;
}

ApplicationStage stage(const QString &name, const QString &kind, const QString &format, int minutes)
{
    ApplicationStage made;
    made.name = name;
    made.kind = kind;
    made.format = format;
    made.durationMinutes = minutes;
    return made;
}

} // namespace

QList<ApplicationStage> StageTemplates::forLadder(const CareerLadder *ladder)
{
    if (!ladder || ladder->interviewStages.isEmpty())
        return usualProcess();
    QList<ApplicationStage> stages;
    for (const InterviewStage &guide : ladder->interviewStages) {
        const QString kind = ApplicationStage::kindFor(guide.name, guide.format);
        stages.append(stage(guide.name, kind, guide.format, guide.durationMinutes.value_or(usualMinutes(kind))));
    }
    return stages;
}

QList<ApplicationStage> StageTemplates::usualProcess()
{
    QList<ApplicationStage> stages;
    for (const QString &kind : ApplicationStage::kinds()) {
        if (kind != QLatin1String("other"))
            stages.append(stage(ApplicationStage::kindName(kind), kind, QString(), usualMinutes(kind)));
    }
    return stages;
}

} // namespace careerplanner
