#include "core/ladders/CareerLevel.h"

#include <algorithm>

namespace careerplanner {

std::optional<SalaryBand> CareerLevel::band(SalaryBand::Kind kind) const
{
    const auto it = std::find_if(bands.cbegin(), bands.cend(), [kind](const SalaryBand &b) { return b.kind == kind; });
    if (it == bands.cend())
        return std::nullopt;
    return *it;
}

void CareerLevel::setBand(SalaryBand::Kind kind, const std::optional<SalaryBand> &newBand)
{
    bands.erase(std::remove_if(bands.begin(), bands.end(), [kind](const SalaryBand &b) { return b.kind == kind; }),
                bands.end());
    if (newBand) {
        SalaryBand b = *newBand;
        b.kind = kind;
        bands.append(b);
        // Base before total, so that files and exports list bands in one stable order.
        std::sort(bands.begin(), bands.end(), [](const SalaryBand &l, const SalaryBand &r) { return l.kind < r.kind; });
    }
}

bool CareerLevel::sameContentAs(const CareerLevel &o) const
{
    return title == o.title && alternativeTitles == o.alternativeTitles && levelCode == o.levelCode
           && summary == o.summary && yearsAtLevel == o.yearsAtLevel && experienceYears == o.experienceYears
           && lessCommon == o.lessCommon && responsibilities == o.responsibilities && requirements == o.requirements
           && toAdvance == o.toAdvance && branches == o.branches && bands == o.bands && source == o.source;
}

} // namespace careerplanner
