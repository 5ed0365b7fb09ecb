#pragma once

#include "core/applications/ApplicationStage.h"
#include "core/applications/JobApplication.h"
#include "core/skills/Skill.h"

#include <QList>
#include <QString>

namespace careerplanner {

// A short thank-you note after a loop, for the user to edit and send within a day: to the
// people met, naming the role and what the interviews talked about.
class ThankYouDraft
{
public:
    // stages: the application's, in order; the note speaks of the interviews among them
    // that have a date; skills: what names the principles they probed.
    static QString compose(const JobApplication &application, const QList<ApplicationStage> &stages,
                           const QList<Skill> &skills);
};

} // namespace careerplanner
