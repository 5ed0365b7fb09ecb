#include "core/plan/PlanRules.h"

#include "core/plan/PlanChecker.h"
#include "core/skills/SkillCatalog.h"
#include "core/skills/SkillRepository.h"

namespace careerplanner {

namespace {

bool fillAddedData(PlanDatabase &plan, int fromVersion, QString *error)
{
    // Version 4 brought the skill catalogue: plans made before it get the reference one,
    // as new plans do. (SQL scripts cannot read the catalogue compiled into the program.)
    if (fromVersion >= 4)
        return true;
    QList<Skill> skills;
    SkillMatrix matrix;
    return SkillCatalog::load(&skills, &matrix, error) && SkillRepository(plan).insertSkills(skills, matrix, error);
}

} // namespace

PlanUpkeep PlanRules::upkeep()
{
    return { [](const QString &planPath) { return PlanChecker::check(planPath).ok; }, fillAddedData };
}

} // namespace careerplanner
