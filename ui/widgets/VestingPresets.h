#pragma once

#include "core/pay/VestingSchedule.h"

#include <QStringList>

#include <optional>

namespace careerplanner {

// The vesting schedules a grant usually has, offered by name wherever a grant is entered
// (a pay package, an application's offer); the last entry is "Custom".
class VestingPresets
{
public:
    static QStringList names();
    // The schedule of the preset at index; nothing for "Custom".
    static std::optional<VestingSchedule> schedule(int index);
    // The preset that is schedule, or the index of "Custom".
    static int indexOf(const VestingSchedule &schedule);
};

} // namespace careerplanner
