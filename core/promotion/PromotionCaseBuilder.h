#pragma once

#include "core/conversations/FeedbackQuote.h"
#include "core/ladders/CareerLadder.h"
#include "core/path/PathStep.h"
#include "core/promotion/CaseChoice.h"
#include "core/promotion/PromotionCase.h"
#include "core/skills/Goal.h"
#include "core/skills/Skill.h"
#include "core/skills/SkillMatrix.h"
#include "core/stories/Story.h"

#include <QList>

namespace careerplanner {

// Puts together the case for one promotion of the plan's own path: the criteria are what
// the level below says it takes to advance and the ladder's promotion criteria; the
// evidence is the step's milestones done, the stories and the feedback, suggested by
// CaseMatcher and corrected by the user's choices.
class PromotionCaseBuilder
{
public:
    struct Input
    {
        QList<CareerLadder> ladders;
        QList<PathStep> path; // the plan's own
        QList<Story> stories;
        QList<FeedbackQuote> feedback;
        QList<Skill> skills;
        SkillMatrix matrix;
        QList<Goal> goals;
        CaseChoices choices; // of the step asked for
    };

    // step: of input.path, a promotion (1 or later); an empty case for anything else.
    static PromotionCase build(const Input &input, int step);
    // The pieces a criterion may cite: the step's milestones done, every story and quote.
    static QList<CaseEvidence> candidates(const Input &input, int step);
};

} // namespace careerplanner
