#include "core/skills/SkillReadiness.h"

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

SkillReadiness::Proficiencies SkillReadiness::currentProficiencies(const QList<Goal> &goals)
{
    Proficiencies best;
    for (const Goal &goal : goals) {
        if (const std::optional<int> current = goal.current()) {
            int &value = best[goal.skillKey];
            value = std::max(value, *current);
        }
    }
    return best;
}

QList<SkillReadiness::Gap> SkillReadiness::gaps(const SkillMatrix &matrix, const QString &ladder, const QString &level,
                                                const QList<Skill> &skills, const Proficiencies &current)
{
    QList<Gap> result;
    const QMap<QString, int> expected = matrix.value(ladder).value(level);
    for (const Skill &skill : skills) { // skills in catalogue order, so ties keep it
        if (!expected.contains(skill.key))
            continue;
        result.append({ skill.key, expected.value(skill.key), current.value(skill.key, 0) });
    }
    std::stable_sort(result.begin(), result.end(), [](const Gap &a, const Gap &b) { return a.gap() > b.gap(); });
    return result;
}

SkillReadiness::Result SkillReadiness::combine(const std::optional<double> &milestones, const QList<Gap> &gaps)
{
    Result result;
    result.milestones = milestones;
    int expectedSum = 0;
    int metSum = 0;
    for (const Gap &gap : gaps) {
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
