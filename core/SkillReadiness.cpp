#include "SkillReadiness.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace careerplanner {

QString SkillReadiness::formula()
{
    return QCoreApplication::translate(
        "SkillReadiness",
        "Readiness = (milestones + skills) / 2, where milestones = done ÷ milestones not dropped, and skills = "
        "Σ min(your level, expected) ÷ Σ expected over the skills the level expects; your level in a skill is your "
        "latest check-in on a goal in it (0 without one). Where one part has nothing to count, the other alone.");
}

QString SkillReadiness::percent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100, 'f', 0) + QLatin1Char('%') : QStringLiteral("—");
}

int SkillReadiness::currentProficiency(const QList<Goal> &goals, const QString &skillKey)
{
    int best = 0;
    for (const Goal &goal : goals) {
        if (goal.skillKey == skillKey && goal.current())
            best = std::max(best, *goal.current());
    }
    return best;
}

QList<SkillReadiness::Gap> SkillReadiness::gaps(const SkillMatrix &matrix, const QString &ladder, const QString &level,
                                                const QList<Skill> &skills, const QList<Goal> &goals)
{
    QList<Gap> result;
    const QMap<QString, int> expected = matrix.value(ladder).value(level);
    for (const Skill &skill : skills) { // skills in catalogue order, so ties keep it
        if (!expected.contains(skill.key))
            continue;
        result.append({skill.key, expected.value(skill.key), currentProficiency(goals, skill.key)});
    }
    std::stable_sort(result.begin(), result.end(), [](const Gap &a, const Gap &b) { return a.gap() > b.gap(); });
    return result;
}

SkillReadiness::Result SkillReadiness::forStep(const PathStep &step, const SkillMatrix &matrix,
                                               const QList<Skill> &skills, const QList<Goal> &goals)
{
    Result result;
    result.milestones = step.readiness();
    int expectedSum = 0;
    int metSum = 0;
    for (const Gap &gap : gaps(matrix, step.ladderName, step.levelTitle, skills, goals)) {
        expectedSum += gap.expected;
        metSum += std::min(gap.current, gap.expected);
    }
    if (expectedSum > 0)
        result.skills = static_cast<double>(metSum) / expectedSum;
    if (result.milestones && result.skills)
        result.combined = (*result.milestones + *result.skills) / 2;
    else
        result.combined = result.milestones ? result.milestones : result.skills;
    return result;
}

} // namespace careerplanner
