#pragma once

#include "core/skills/Goal.h"
#include "core/skills/Skill.h"
#include "core/skills/SkillMatrix.h"

#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Reads and writes a plan's skills, the level matrix and goals with their check-ins. Each
// write is checked first and is one transaction.
class SkillRepository
{
public:
    explicit SkillRepository(PlanDatabase &plan);

    // A skill's row id from its key, inside a statement that binds the key.
    static inline const QString SkillIdSql = QStringLiteral("(SELECT id FROM skill WHERE key = ?)");

    static QString validateGoal(const Goal &goal, const QList<Skill> &skills);

    bool loadSkills(QList<Skill> *skills, QString *error) const;
    bool loadMatrix(SkillMatrix *matrix, QString *error) const;
    // Only the expectations of the levels on one scenario's path.
    bool loadMatrixOnPath(qint64 scenarioId, SkillMatrix *matrix, QString *error) const;
    bool loadGoals(QList<Goal> *goals, QString *error) const;

    // Skills and the matrix together, as a plan starts (levels are matched by names).
    bool insertSkills(const QList<Skill> &skills, const SkillMatrix &matrix, QString *error);
    bool setExpectation(const QString &ladder, const QString &level, const QString &skillKey, int proficiency,
                        QString *error);
    // A goal with its check-ins (all replaced when the goal is saved again).
    bool saveGoal(Goal &goal, const QList<Skill> &skills, QString *error);
    bool removeGoal(qint64 goalId, QString *error);

private:
    bool readMatrix(SkillMatrix *matrix, qint64 pathOfScenario, QString *error) const; // 0: all levels

    PlanDatabase &m_plan;
};

} // namespace careerplanner
