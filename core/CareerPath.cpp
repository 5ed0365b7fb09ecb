#include "CareerPath.h"

namespace careerplanner {

std::optional<double> PathStep::readiness() const
{
    int counted = 0;
    int done = 0;
    for (const Milestone &milestone : milestones) {
        if (milestone.status == Milestone::Status::Dropped)
            continue;
        ++counted;
        done += milestone.status == Milestone::Status::Done;
    }
    if (counted == 0)
        return std::nullopt;
    return static_cast<double>(done) / counted;
}

int PathStep::overdueCount(const QDate &today) const
{
    int count = 0;
    for (const Milestone &milestone : milestones)
        count += milestone.isOverdue(today);
    return count;
}

bool PathStep::sameContentAs(const PathStep &o) const
{
    if (ladderName != o.ladderName || levelTitle != o.levelTitle || branch != o.branch || targetDate != o.targetDate
        || !(timeAtLevel == o.timeAtLevel) || milestones.size() != o.milestones.size())
        return false;
    for (int i = 0; i < milestones.size(); ++i) {
        if (!milestones.at(i).sameContentAs(o.milestones.at(i)))
            return false;
    }
    return true;
}

} // namespace careerplanner
