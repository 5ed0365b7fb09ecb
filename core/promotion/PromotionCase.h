#pragma once

#include "core/promotion/CaseEvidence.h"
#include "core/skills/SkillReadiness.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace careerplanner {

// One thing the target level asks, with the evidence that meets it.
struct CaseCriterion
{
    QString text;
    QString origin; // where it comes from: "To advance from Program Manager", "Program Management's criteria"
    QStringList skillKeys; // the skills and principles its words name, by which evidence is suggested
    QList<CaseEvidence> evidence; // in the case's order
    QList<CaseEvidence> leftOut; // suggested once, left out by the user: shown, never hidden
    QString suggestion; // for a gap: what to add

    bool isGap() const { return evidence.isEmpty(); }
};

// The case for one promotion of the plan's own path: each criterion with its evidence or
// a gap, the skills against what the level expects, and the evidence not yet placed.
struct PromotionCase
{
    int step = -1; // of the plan's own path; -1: no case (no promotion ahead)
    QString ladder;
    QString fromLevel;
    QString toLevel;
    QDate targetDate;
    QList<CaseCriterion> criteria;
    QList<SkillReadiness::Gap> skills; // largest gap first
    QList<CaseEvidence> unplaced; // milestones done, stories and feedback no criterion cites

    bool isEmpty() const { return step < 0; }
    int gapCount() const;
};

} // namespace careerplanner
