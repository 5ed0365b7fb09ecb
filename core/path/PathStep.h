#pragma once

#include "core/path/Milestone.h"
#include "core/path/MilestoneTally.h"
#include "core/path/TimeAtLevel.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace careerplanner {

// One level on the way up. Step 0 is the level held now (its date: when it started);
// every later step is a promotion on its target date.
struct PathStep
{
    qint64 id = 0;
    QString ladderName;
    QString levelTitle;
    QString branch; // at a level with branches: "management" or "individual-contributor"
    QDate targetDate;
    TimeAtLevel timeAtLevel;
    QList<Milestone> milestones; // what makes the case for this promotion

    MilestoneTally tally() const;
    // Done milestones out of the ones not dropped; empty when there are none to count.
    std::optional<double> readiness() const { return tally().share(); }
    int overdueCount(const QDate &today) const;
    int milestoneIndex(qint64 milestoneId) const; // -1 when it is not one of this step's
    bool sameContentAs(const PathStep &o) const;
};

} // namespace careerplanner
