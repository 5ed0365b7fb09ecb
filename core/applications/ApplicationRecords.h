#pragma once

#include "core/applications/ApplicationOffer.h"
#include "core/applications/ApplicationRepository.h"
#include "core/applications/ApplicationStage.h"
#include "core/applications/JobApplication.h"
#include "core/skills/Skill.h"

#include <QHash>
#include <QList>

namespace careerplanner {

class PlanDatabase;

// All of a plan's applications at once, as an export reads them and a new plan is made
// from them. Stages and offers name their application, and stages their questions, by the
// ids of the lists they come with.
struct ApplicationRecords
{
    QList<JobApplication> applications;
    QList<ApplicationStage> stages;
    QList<ApplicationOffer> offers;
    ReminderMarks marks;

    static bool load(PlanDatabase &plan, ApplicationRecords *records, QString *error);
    // Writes them into a plan being made; questionIds: the records' question ids to the plan's.
    static bool insert(PlanDatabase &plan, const ApplicationRecords &records, const QList<Skill> &skills,
                       const QHash<qint64, qint64> &questionIds, QString *error);
};

} // namespace careerplanner
