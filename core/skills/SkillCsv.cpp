#include "core/skills/SkillCsv.h"

#include "core/base/Csv.h"

namespace careerplanner {

QString SkillCsv::skillName(const QList<Skill> &skills, const QString &key)
{
    for (const Skill &skill : skills) {
        if (skill.key == key)
            return skill.name;
    }
    return key;
}

QString SkillCsv::goals(const QList<Goal> &goals, const QList<Skill> &skills)
{
    QString csv = Csv::record({ QStringLiteral("skill"), QStringLiteral("target"), QStringLiteral("current"),
                                QStringLiteral("due_date"), QStringLiteral("for_level"), QStringLiteral("status"),
                                QStringLiteral("notes") });
    for (const Goal &goal : goals) {
        csv += Csv::record({ skillName(skills, goal.skillKey), QString::number(goal.target),
                             goal.current() ? QString::number(*goal.current()) : QString(), Csv::date(goal.dueDate),
                             goal.forLevel, Goal::statusToKey(goal.status), goal.notes });
    }
    return csv;
}

QString SkillCsv::checkIns(const QList<Goal> &goals, const QList<Skill> &skills)
{
    QString csv = Csv::record({ QStringLiteral("skill"), QStringLiteral("goal_target"), QStringLiteral("date"),
                                QStringLiteral("proficiency"), QStringLiteral("note") });
    for (const Goal &goal : goals) {
        for (const CheckIn &checkIn : goal.checkIns) {
            csv += Csv::record({ skillName(skills, goal.skillKey), QString::number(goal.target),
                                 Csv::date(checkIn.date), QString::number(checkIn.proficiency), checkIn.note });
        }
    }
    return csv;
}

} // namespace careerplanner
