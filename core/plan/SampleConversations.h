#pragma once

#include "core/plan/PlanContent.h"

namespace careerplanner {

// The sample person's career conversations (with the manager almost a year ago, the next
// one booked for next week; with a mentor this autumn) and the feedback they have kept,
// dated from today. One agreed action is already a milestone of the path, one a goal.
class SampleConversations
{
public:
    // After the path and the goals (the actions name a milestone and a goal).
    static void add(PlanContent *content);
};

} // namespace careerplanner
