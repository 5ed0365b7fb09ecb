#pragma once

#include "core/applications/ApplicationStage.h"
#include "core/ladders/CareerLadder.h"

#include <QList>

namespace careerplanner {

// The stages a new application starts with: its ladder's interview stages from the guides,
// or, for a ladder the guides give none for, the usual process (a recruiter screen, a
// phone screen, the writing exercise, the loop, a bar raiser and the decision).
class StageTemplates
{
public:
    static QList<ApplicationStage> forLadder(const CareerLadder *ladder);

private:
    static QList<ApplicationStage> usualProcess();
};

} // namespace careerplanner
