#pragma once

#include "core/path/Milestone.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

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

// A path from the level held now to a target level. The primary scenario is the plan.
struct Scenario
{
    qint64 id = 0;
    QString name;
    bool primary = false;
    QList<PathStep> steps;
};

// A promotion that happened.
struct Promotion
{
    qint64 id = 0;
    QDate date;
    QString ladderName;
    QString levelTitle;
    QString note;

    bool operator==(const Promotion &o) const
    {
        return date == o.date && ladderName == o.ladderName && levelTitle == o.levelTitle && note == o.note;
    }
};

} // namespace careerplanner
