#pragma once

#include "core/applications/ApplicationRecords.h"
#include "core/bands/BandAdjustment.h"
#include "core/conversations/ConversationRecords.h"
#include "core/base/ExchangeRate.h"
#include "core/interviews/PracticeAttempt.h"
#include "core/interviews/Question.h"
#include "core/interviews/WritingDraft.h"
#include "core/ladders/CareerLadder.h"
#include "core/path/Scenario.h"
#include "core/path/Promotion.h"
#include "core/pay/PayPackage.h"
#include "core/pay/PayRecord.h"
#include "core/promotion/CaseChoice.h"
#include "core/path/Profile.h"
#include "core/skills/Skill.h"
#include "core/skills/SkillMatrix.h"
#include "core/skills/Goal.h"
#include "core/stories/Story.h"

#include <QList>
#include <QMap>
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
    // Agreed actions name the content's milestones and goals by their ids here.
    ConversationRecords conversations;
    // The user's choices for promotion cases, by the place of the step on the own path;
    // they name the content's milestones, stories and quotes by their ids here.
    QMap<int, CaseChoices> caseChoices;

    // The primary scenario's steps; empty when there is none.
    QList<PathStep> ownPath() const
    {
        return scenarios.isEmpty() || !scenarios.constFirst().primary ? QList<PathStep>()
                                                                      : scenarios.constFirst().steps;
    }
    // Ids for the milestones and goals of content read from a file, which has none: their
    // places from 1, so that agreed actions and case choices can name them.
    void numberMilestonesAndGoals()
    {
        qint64 next = 1;
        for (Scenario &scenario : scenarios) {
            for (PathStep &step : scenario.steps) {
                for (Milestone &milestone : step.milestones)
                    milestone.id = next++;
            }
        }
        for (qsizetype i = 0; i < goals.size(); ++i)
            goals[i].id = i + 1;
    }
};

} // namespace careerplanner
