#include "core/path/PathStep.h"

namespace careerplanner {

MilestoneTally PathStep::tally() const
{
    MilestoneTally tally;
    for (const Milestone &milestone : milestones) {
        if (milestone.status == Milestone::Status::Dropped)
            continue;
        ++tally.counted;
        tally.done += milestone.status == Milestone::Status::Done;
    }
    return tally;
}

int PathStep::overdueCount(const QDate &today) const
{
    int count = 0;
    for (const Milestone &milestone : milestones)
        count += milestone.isOverdue(today);
    return count;
}

int PathStep::milestoneIndex(qint64 milestoneId) const
{
    for (int i = 0; i < milestones.size(); ++i) {
        if (milestones.at(i).id == milestoneId)
            return i;
    }
    return -1;
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
