#pragma once

#include "BandAdjustment.h"
#include "CareerLadder.h"
#include "CareerPath.h"
#include "PayPackage.h"
#include "PayRecord.h"
#include "Profile.h"
#include "Skills.h"

#include <QList>
#include <QString>

namespace careerplanner {

// Everything a plan holds, in memory: what a new plan is made from and what JSON carries.
struct PlanContent
{
    QString name;
    QList<CareerLadder> ladders;
    QList<PayPackage> payPackages;
    QList<PayRecord> payHistory; // one per year
    BandAdjustment adjustment;
    Profile profile;
    QList<Scenario> scenarios; // the primary one first
    QList<Promotion> promotions;
    QList<Skill> skills; // skills, then Leadership Principles
    SkillMatrix skillMatrix;
    QList<Goal> goals;
    QList<Story> stories;
};

} // namespace careerplanner
