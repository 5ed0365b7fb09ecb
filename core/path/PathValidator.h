#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Scenario.h"
#include "core/path/Promotion.h"
#include "core/path/TimeAtLevel.h"
#include "core/path/Profile.h"

#include <QList>
#include <QString>

namespace careerplanner {

// The rules a promotion path must meet before it is stored: each step a level that
// exists, steps in ladder order, dates that increase, ordered time ranges, a branch only
// where the level has branches, and milestones that make sense. Messages name the step.
class PathValidator
{
public:
    static const CareerLevel *findLevel(const QList<CareerLadder> &ladders, const QString &ladderName,
                                        const QString &levelTitle, int *position = nullptr);
    // Dates the plan accepts anywhere: real ones from 1950 to 2200.
    static bool dateInRange(const QDate &date);
    static QString validateTime(const TimeAtLevel &time);
    static QString validateMilestone(const Milestone &milestone);
    static QString validateScenario(const Scenario &scenario, const QList<CareerLadder> &ladders);
    // The profile's level and a promotion's level need not be on a ladder any more: the
    // plan keeps what the user recorded even after the ladders change.
    static QString validateProfile(const Profile &profile);
    static QString validatePromotion(const Promotion &promotion);
    // What makes a promotion the user records now refused: a date after today (one still
    // to come is a step of the path) or the level already held (profile).
    static QString validateNewPromotion(const Promotion &promotion, const Profile &profile, const QDate &today);
};

} // namespace careerplanner
