#pragma once

#include "core/applications/ApplicationRecords.h"
#include "core/bands/BandAdjustment.h"
#include "core/base/ExchangeRate.h"
#include "core/interviews/PracticeAttempt.h"
#include "core/interviews/Question.h"
#include "core/interviews/WritingDraft.h"
#include "core/ladders/CareerLadder.h"
#include "core/path/Scenario.h"
#include "core/path/Promotion.h"
#include "core/pay/PayPackage.h"
#include "core/pay/PayRecord.h"
#include "core/path/Profile.h"
#include "core/skills/Skill.h"
#include "core/skills/SkillMatrix.h"
#include "core/skills/Goal.h"
#include "core/stories/Story.h"

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
    QList<ExchangeRate> exchangeRates; // one per pair of currencies
    QString displayCurrency; // empty: the current job's
    Profile profile;
    QList<Scenario> scenarios; // the primary one first
    QList<Promotion> promotions;
    QList<Skill> skills; // skills, then Leadership Principles
    SkillMatrix skillMatrix;
    QList<Goal> goals;
    QList<Story> stories;
    QList<Question> questions;
    // questionId and storyId name the content's questions and stories by their ids here.
    QList<PracticeAttempt> attempts;
    QList<WritingDraft> drafts;
    // Stages name the content's applications and questions by their ids here.
    ApplicationRecords applications;
};

} // namespace careerplanner
