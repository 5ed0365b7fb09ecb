#pragma once

#include <QString>

#include <optional>

namespace careerplanner {

// A span of years as the career guides state them: "about 2", "3-5", "12+", "8-10+".
// An empty range (no minimum) means the guides give no figure.
struct YearRange
{
    std::optional<int> minimum;
    std::optional<int> maximum;
    bool openEnded = false; // "+": people also stay or need longer than the maximum

    bool isEmpty() const { return !minimum.has_value(); }
    QString toDisplayString() const;

    bool operator==(const YearRange &other) const
    {
        return minimum == other.minimum && maximum == other.maximum && openEnded == other.openEnded;
    }
    bool operator!=(const YearRange &other) const { return !(*this == other); }
};

} // namespace careerplanner
