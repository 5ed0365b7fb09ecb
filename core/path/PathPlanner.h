#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Scenario.h"
#include "core/path/TimeAtLevel.h"

namespace careerplanner {

// Lays out a default path from the level held now to a target level with the reference
// data: how long each level is typically held, dates that follow from it, and milestones
// suggested from what each level says it takes to advance.
class PathPlanner
{
public:
    // Typical time at a level from its "years at level" (about 2 -> 24/24/24 months;
    // 3-5 -> 36/48/60). Where the sources give none, a starting guess of 2 / 3 / 5 years
    // that the user is expected to change; assumed is set then.
    static TimeAtLevel typicalTime(const CareerLevel &level, bool *assumed = nullptr);

    // The ladder's Vice President level, or its top level.
    static int defaultTarget(const CareerLadder &ladder);

    // Steps from currentLevel (held since start) up to targetLevel on one ladder. At a
    // level with branches, branch picks the path (defaults to the first, management).
    // Milestones are due from laidOutOn (today) at the earliest, where the step allows:
    // a path laid out now does not start with milestones already late.
    static Scenario buildPath(const CareerLadder &ladder, int currentLevel, const QDate &start, int targetLevel,
                              const QString &branch = QString(), const QDate &laidOutOn = QDate());

    // The milestones that make the case for reaching level index toLevel: what the level
    // below says it takes to advance, else the ladder's promotion criteria, then the
    // milestones of the level's branch named (Principal Program Manager's on the
    // individual-contributor branch); due dates spread evenly between from and to.
    static QList<Milestone> suggestedMilestones(const CareerLadder &ladder, int toLevel, const QDate &from,
                                                const QDate &to, const QString &branch = QString());

    // What it takes to be hired at level index level, due between from and to: the stages
    // of the ladder's hiring process as its source gives them, or one milestone, being hired.
    static QList<Milestone> hiringMilestones(const CareerLadder &ladder, int level, const QDate &from, const QDate &to);

    // The branch of level on path ("management", "individual-contributor"), or nullptr.
    static const LevelBranch *findBranch(const CareerLevel &level, const QString &path);

    // Puts step index changed on another branch of its level: the open milestones the old
    // branch gave it make way for the new branch's, due between the step before and this
    // one. Milestones the user wrote, and those done, stay. The step held now only changes
    // branch: its milestones are behind it.
    static void changeBranch(Scenario &scenario, int changed, const CareerLevel &level, const QString &branch,
                             bool held);

    // Moves every date after step index changed so the path keeps each step's most likely
    // time at its level; dates before it stay. The due dates of a moved step's milestones
    // that are not done move by as much as the step.
    static void redate(Scenario &scenario, int changed);
    // Puts step index changed on date, its milestones not yet done moving by as much (they
    // make the case for that promotion, so they stay before it); with later, the steps
    // after it follow as redate() moves them.
    static void moveStep(Scenario &scenario, int changed, const QDate &date, bool later);
};

} // namespace careerplanner
