#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace careerplanner {

class PlanSession;

// What in the plan refers to one level of a ladder (or to any of its levels), so that removing the level can say
// first what it touches and what becomes of it: the profile, the scenarios whose paths pass
// through it, pay years and promotions at it, and goals for it all keep its name, but lose
// its bands.
struct LevelUse
{
    bool heldNow = false;
    int scenarios = 0; // with a step at the level
    QList<int> payYears;
    int promotions = 0;
    int goals = 0;
    bool wholeLadder = false; // what uses any level of a ladder, for removing the ladder

    static LevelUse of(const PlanSession &session, const QString &ladderName, const QString &levelTitle);
    static LevelUse ofLadder(const PlanSession &session, const QString &ladderName);
    bool isEmpty() const { return !heldNow && scenarios == 0 && payYears.isEmpty() && promotions == 0 && goals == 0; }
    // One sentence for each thing the level is used by, saying what becomes of it.
    QStringList consequences() const;
};

} // namespace careerplanner
