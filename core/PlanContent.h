#pragma once

#include "CareerLadder.h"

#include <QList>
#include <QString>

namespace careerplanner {

// Everything a plan holds, in memory: what a new plan is made from and what JSON carries.
struct PlanContent
{
    QString name;
    QList<CareerLadder> ladders;
};

} // namespace careerplanner
