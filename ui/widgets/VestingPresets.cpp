#include "ui/widgets/VestingPresets.h"

#include <QCoreApplication>
#include <QList>

namespace careerplanner {

namespace {

struct Preset
{
    const char *name;
    int tranchesPerYear; // 0: Amazon's own schedule; -1: custom
};

constexpr Preset Presets[] = {
    { QT_TRANSLATE_NOOP("VestingPresets", "Amazon: 5% / 15% / 40% / 40% (years 3-4 half-yearly)"), 0 },
    { QT_TRANSLATE_NOOP("VestingPresets", "25% a year for 4 years, yearly"), 1 },
    { QT_TRANSLATE_NOOP("VestingPresets", "25% a year for 4 years, half-yearly"), 2 },
    { QT_TRANSLATE_NOOP("VestingPresets", "25% a year for 4 years, quarterly"), 4 },
    { QT_TRANSLATE_NOOP("VestingPresets", "Custom"), -1 },
};

} // namespace

QStringList VestingPresets::names()
{
    QStringList names;
    for (const Preset &preset : Presets)
        names.append(QCoreApplication::translate("VestingPresets", preset.name));
    return names;
}

std::optional<VestingSchedule> VestingPresets::schedule(int index)
{
    if (index < 0 || index >= int(std::size(Presets)) || Presets[index].tranchesPerYear < 0)
        return std::nullopt;
    if (Presets[index].tranchesPerYear == 0)
        return VestingSchedule::amazonDefault();
    return VestingSchedule::fromYearlyPercentages({ 2500, 2500, 2500, 2500 }, Presets[index].tranchesPerYear);
}

int VestingPresets::indexOf(const VestingSchedule &schedule)
{
    for (int i = 0; i < int(std::size(Presets)); ++i) {
        if (VestingPresets::schedule(i) == schedule)
            return i;
    }
    return int(std::size(Presets)) - 1;
}

} // namespace careerplanner
