#pragma once

#include "CareerPath.h"
#include "Skills.h"

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
        std::optional<double> skills;     // Σ min(current, expected) / Σ expected
        std::optional<double> combined;   // the mean of the parts that exist
    };

    static QString formula();
    // "45%" in the user's locale; "—" when there is nothing to count.
    static QString percent(const std::optional<double> &share);

    // Current proficiency per skill: the highest latest check-in among its goals.
    static int currentProficiency(const QList<Goal> &goals, const QString &skillKey);
    // The skills a level expects, largest gap first (then by skill order).
    static QList<Gap> gaps(const SkillMatrix &matrix, const QString &ladder, const QString &level,
                           const QList<Skill> &skills, const QList<Goal> &goals);
    static Result forStep(const PathStep &step, const SkillMatrix &matrix, const QList<Skill> &skills,
                          const QList<Goal> &goals);
};

} // namespace careerplanner
