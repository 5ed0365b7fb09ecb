#pragma once

#include "core/path/MilestoneTally.h"
#include "core/path/PathStep.h"
#include "core/skills/SkillMatrix.h"
#include "core/skills/SkillReadiness.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// What the plan's most numerous records (milestones, goals and their check-ins, skill
// expectations) add up to for the dashboard, asked of the file itself so that a large plan opens without reading
// them all: on 5,000 milestones and 2,000 goals the answers take a few milliseconds, the
// records several times that. Each figure is the one the full records give (PathStep,
// SkillReadiness, Goal): tst_dashboard holds the two equal.
struct PlanGlance
{
    // How far ahead the dashboard looks for milestones due: the glance asked at opening.
    static constexpr int DueSoonDays = 30;

    // An open milestone (planned or in progress) of the plan's own path, due by a day.
    struct DueMilestone
    {
        int step = -1; // in path
        qint64 id = 0;
        QString title;
        QDate due;
    };

    QList<PathStep> path; // the plan's own path (its first scenario), steps only
    QList<MilestoneTally> tallies; // of each step of path
    QList<DueMilestone> due; // by due date, then step and place in it
    SkillMatrix expectations; // of the levels on path
    SkillReadiness::Proficiencies current; // latest check-ins, the best per skill
    QHash<QString, qint64> goalToOpen; // per skill: its last active goal, else its first

    // Open milestones are those due on or before dueBy.
    static bool read(PlanDatabase &plan, const QDate &dueBy, PlanGlance *glance, QString *error);
};

} // namespace careerplanner
