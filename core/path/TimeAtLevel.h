#pragma once

namespace careerplanner {

// How long a level is held before the next promotion: fewest, most likely and most
// months. Months, not years, so that "18 months" is exact.
struct TimeAtLevel
{
    int minimumMonths = 0;
    int likelyMonths = 0;
    int maximumMonths = 0;

    bool isDegenerate() const { return minimumMonths == maximumMonths; }
    bool operator==(const TimeAtLevel &o) const
    {
        return minimumMonths == o.minimumMonths && likelyMonths == o.likelyMonths && maximumMonths == o.maximumMonths;
    }
};

} // namespace careerplanner
