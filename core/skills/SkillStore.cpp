#include "core/skills/SkillStore.h"

#include "core/base/HappenedDate.h"
#include "core/skills/SkillRepository.h"
#include "core/undo/EditRecording.h"

#include <algorithm>

namespace careerplanner {

SkillStore::SkillStore(EditRecorder &recorder, QObject *parent)
    : FeatureStore(recorder, parent)
    , m_matrix(
          [this](SkillMatrix *matrix, QString *error) { return SkillRepository(plan()).loadMatrix(matrix, error); },
          "skill expectations")
    , m_goals([this](QList<Goal> *list, QString *error) { return SkillRepository(plan()).loadGoals(list, error); },
              "goals")
{
}

bool SkillStore::read(QString *error)
{
    m_matrix.forget();
    m_goals.forget();
    return SkillRepository(plan()).loadSkills(&m_skills, error);
}

void SkillStore::levelsChanged()
{
    m_matrix.forget();
    Q_EMIT skillMatrixChanged();
}

bool SkillStore::setExpectation(const QString &ladder, const QString &level, const QString &skillKey, int proficiency,
                                QString *error)
{
    // Named as the user sees it, never by its key ("cross_functional").
    const auto skill
        = std::find_if(m_skills.cbegin(), m_skills.cend(), [&](const Skill &s) { return s.key == skillKey; });
    const EditRecording recording(
        recorder(),
        tr("Expect %1 in %2 at %3").arg(proficiency).arg(skill != m_skills.cend() ? skill->name : skillKey, level));
    if (!SkillRepository(plan()).setExpectation(ladder, level, skillKey, proficiency, error))
        return false;
    m_matrix.get()[ladder][level][skillKey] = proficiency;
    Q_EMIT skillMatrixChanged();
    return true;
}

bool SkillStore::saveGoal(const Goal &goal, QString *error, qint64 *savedId)
{
    const auto before
        = std::find_if(goals().cbegin(), goals().cend(), [&goal](const Goal &g) { return g.id == goal.id; });
    for (const CheckIn &checkIn : goal.checkIns) {
        QDate was; // of the same check-in in the plan, if it is there
        if (goal.id != 0 && before != goals().cend() && checkIn.id != 0) {
            const auto same = std::find_if(before->checkIns.cbegin(), before->checkIns.cend(),
                                           [&checkIn](const CheckIn &c) { return c.id == checkIn.id; });
            if (same != before->checkIns.cend())
                was = same->date;
        }
        if (!passes(
                HappenedDate::problemIfChanged(HappenedDate::Kind::CheckIn, was, checkIn.date, QDate::currentDate()),
                error))
            return false;
    }
    const EditRecording recording(recorder(), goal.id == 0 ? tr("Add goal") : tr("Edit goal"));
    Goal stored = goal;
    // Read again: check-ins come back in date order with their ids.
    if (!SkillRepository(plan()).saveGoal(stored, m_skills, error) || !m_goals.reread(error))
        return false;
    if (savedId)
        *savedId = stored.id;
    Q_EMIT goalsChanged();
    return true;
}

bool SkillStore::removeGoal(int index, QString *error)
{
    const EditRecording recording(recorder(), tr("Remove goal"));
    QList<Goal> &goals = m_goals.get();
    if (!holds(goals, index, tr("That goal is no longer in the plan."), error))
        return false;
    if (!SkillRepository(plan()).removeGoal(goals.at(index).id, error))
        return false;
    goals.removeAt(index);
    Q_EMIT goalsChanged();
    return true;
}

void SkillStore::announceReread()
{
    Q_EMIT skillMatrixChanged();
    Q_EMIT goalsChanged();
}

} // namespace careerplanner
