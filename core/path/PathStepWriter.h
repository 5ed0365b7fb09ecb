#pragma once

#include "core/path/Scenario.h"

#include <QString>

namespace careerplanner {

class PlanDatabase;

// Writes a scenario's steps and milestones over the ones in the file, in the caller's
// transaction, keeping the row of each step and milestone that is still there: what refers
// to them (an agreed action made a milestone, the evidence chosen for a promotion case)
// stays linked through every edit of the path. Rows no longer in the scenario are removed.
class PathStepWriter
{
public:
    // The id of the level with these names, for the link that survives renaming; NULL if none.
    static inline const QString LevelIdSql = QStringLiteral(
        "(SELECT v.id FROM level v JOIN ladder l ON l.id = v.ladder_id WHERE l.name = ? AND v.title = ? LIMIT 1)");

    explicit PathStepWriter(PlanDatabase &plan);

    // Sets the id of every step and milestone written.
    bool write(Scenario &scenario, QString *error);

private:
    bool writeMilestones(PathStep &step, QString *error);

    PlanDatabase &m_plan;
};

} // namespace careerplanner
