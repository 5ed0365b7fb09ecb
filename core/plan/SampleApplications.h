#pragma once

#include "core/plan/PlanContent.h"

namespace careerplanner {

// The sample person's two job applications, dated from today: one in its loop with
// interviews booked tomorrow and next week, one at the offer stage.
class SampleApplications
{
public:
    // After the questions have their ids (the sample's practice gives them).
    static void add(PlanContent *content);
};

} // namespace careerplanner
