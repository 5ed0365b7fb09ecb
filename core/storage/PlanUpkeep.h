#pragma once

#include <QString>

#include <functional>

namespace careerplanner {

class PlanDatabase;

// What keeping a plan sound takes beyond storage's own knowledge, given by the layer that
// knows every feature (PlanRules, in core/plan) whenever a plan is opened for writing:
// whether a plan passes every feature's rules, asked after a journal was played back, and
// the data a migration adds that its SQL cannot make (the skill catalogue of version 4).
struct PlanUpkeep
{
    std::function<bool(const QString &planPath)> isSound;
    std::function<bool(PlanDatabase &plan, int fromVersion, QString *error)> fillAddedData;
};

} // namespace careerplanner
