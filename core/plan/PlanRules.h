#pragma once

#include "core/storage/PlanUpkeep.h"

namespace careerplanner {

// This program's upkeep of a plan (see PlanUpkeep): the whole-plan check of --check, and
// the reference skill catalogue for plans made before version 4.
class PlanRules
{
public:
    static PlanUpkeep upkeep();
};

} // namespace careerplanner
