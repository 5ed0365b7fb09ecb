#pragma once

#include "core/plan/PlanContent.h"

namespace careerplanner {

// A made-up person's plan for trying the app and for tests: the reference ladders plus
// what such a person would add. Later features add their part here.
class SamplePlan
{
public:
    static bool build(PlanContent *content, QString *error);
};

} // namespace careerplanner
