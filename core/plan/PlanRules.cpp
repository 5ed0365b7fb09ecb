#include "core/plan/PlanRules.h"

#include "core/interviews/QuestionBank.h"
#include "core/interviews/QuestionRepository.h"
#include "core/ladders/LadderRepository.h"
#include "core/ladders/ReferenceLadders.h"

#include "core/plan/PlanChecker.h"
#include "core/skills/SkillCatalog.h"
#include "core/skills/SkillRepository.h"

namespace careerplanner {

namespace {

bool fillAddedData(PlanDatabase &plan, int fromVersion, QString *error)
{
    // Version 4 brought the skill catalogue: plans made before it get the reference one,
    // as new plans do. (SQL scripts cannot read the catalogue compiled into the program.)
    if (fromVersion < 4) {
        QList<Skill> skills;
        SkillMatrix matrix;
        if (!SkillCatalog::load(&skills, &matrix, error) || !SkillRepository(plan).insertSkills(skills, matrix, error))
            return false;
    }
    // Version 6 gave branches their expectations and milestones: the guides' branches of
    // older plans get theirs.
    if (fromVersion < 6) {
        QList<CareerLadder> reference;
        if (!ReferenceLadders::load(&reference, error) || !LadderRepository(plan).fillBranchItems(reference, error))
            return false;
    }
    // Version 9 brought the interview question bank.
    if (fromVersion < 9) {
        QList<Skill> skills;
        SkillMatrix matrix;
        QList<Question> questions;
        if (!SkillCatalog::load(&skills, &matrix, error) || !QuestionBank::load(&questions, skills, error)
            || !QuestionRepository(plan).insertAll(&questions, error))
            return false;
    }
    return true;
}

} // namespace

PlanUpkeep PlanRules::upkeep()
{
    return { [](const QString &planPath) { return PlanChecker::check(planPath).ok; }, fillAddedData };
}

} // namespace careerplanner
