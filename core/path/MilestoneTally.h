#pragma once

#include <optional>

namespace careerplanner {

// How far a step's milestones are: done, out of those not dropped. Readiness counts this;
// the dashboard gets it straight from the file (PlanGlance) without reading the milestones.
struct MilestoneTally
{
    int done = 0;
    int counted = 0; // not dropped

    // Empty when there is nothing to count.
    std::optional<double> share() const
    {
        return counted > 0 ? std::optional<double>(static_cast<double>(done) / counted) : std::nullopt;
    }
};

} // namespace careerplanner
