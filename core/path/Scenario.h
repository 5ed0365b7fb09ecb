#pragma once

#include "core/path/PathStep.h"

#include <QList>
#include <QString>

namespace careerplanner {

// A path from the level held now to a target level. The primary scenario is the plan.
struct Scenario
{
    qint64 id = 0;
    QString name;
    bool primary = false;
    QList<PathStep> steps;
};

} // namespace careerplanner
