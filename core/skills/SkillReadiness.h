#pragma once

#include "core/path/PathStep.h"
#include "core/skills/Skill.h"
#include "core/skills/SkillMatrix.h"
#include "core/skills/Goal.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace careerplanner {

// How ready a promotion is, from two things the user records: the step's milestones and
// their skills against what the level expects. The formula is shown to the user as is.
class SkillReadiness
{
public:
    struct Gap
    {
        QString skillKey;
        int expected = 0;
        int current = 0; // latest check-in of the best goal in the skill; 0 if none
        int gap() const { return std::max(0, expected - current); }
    };

    struct Result
    {
        std::optional<double> milestones; // done / not dropped
        std::optional<double> skills; // Σ min(current, expected) / Σ expected
        std::optional<double> combined; // the mean of the parts that exist
    };

    static QString formula();
    // "45%" in the user's locale; "—" when there is nothing to count.
    static QString percent(const std::optional<double> &share);

    // Current proficiency by skill key: the highest latest check-in among its goals
    // (skills without one are absent, which counts as 0).
    using Proficiencies = QHash<QString, int>;
    static Proficiencies currentProficiencies(const QList<Goal> &goals);
    // The skills a level expects, largest gap first (then by skill order).
    static QList<Gap> gaps(const SkillMatrix &matrix, const QString &ladder, const QString &level,
                           const QList<Skill> &skills, const Proficiencies &current);
    static QList<Gap> gaps(const SkillMatrix &matrix, const QString &ladder, const QString &level,
                           const QList<Skill> &skills, const QList<Goal> &goals)
    {
        return gaps(matrix, ladder, level, skills, currentProficiencies(goals));
    }
    // The figure from its two parts: the milestones' share done and the level's skill gaps.
    static Result combine(const std::optional<double> &milestones, const QList<Gap> &gaps);
    static Result forStep(const PathStep &step, const SkillMatrix &matrix, const QList<Skill> &skills,
                          const QList<Goal> &goals)
    {
        return combine(step.readiness(), gaps(matrix, step.ladderName, step.levelTitle, skills, goals));
    }
};

} // namespace careerplanner
