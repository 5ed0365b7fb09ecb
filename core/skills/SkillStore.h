#pragma once

#include "core/base/LazyRead.h"
#include "core/skills/Goal.h"
#include "core/skills/Skill.h"
#include "core/skills/SkillMatrix.h"
#include "core/undo/FeatureStore.h"

#include <QList>
#include <QString>

namespace careerplanner {

// The plan's skills and Leadership Principles, what each level expects of them, and the
// user's goals with their check-ins. The matrix and the goals are read when first asked
// for: the pages that use them are made when first shown, and a large plan's check-in
// histories are most of what it holds.
class SkillStore : public FeatureStore
{
    Q_OBJECT

public:
    explicit SkillStore(EditRecorder &recorder, QObject *parent = nullptr);

    const QList<Skill> &skills() const { return m_skills; } // skills, then Leadership Principles
    const SkillMatrix &skillMatrix() const { return m_matrix.get(); }
    const QList<Goal> &goals() const { return m_goals.get(); } // each with its whole history
    bool read(QString *error); // the skills again; the rest when next asked for
    // After read(): every signal once, as everything may have changed.
    void announceReread();
    // The matrix is keyed by ladder and level names: read again when those changed.
    void levelsChanged();

    bool setExpectation(const QString &ladder, const QString &level, const QString &skillKey, int proficiency,
                        QString *error);
    bool saveGoal(const Goal &goal, QString *error, qint64 *savedId = nullptr); // new when id is 0
    bool removeGoal(int index, QString *error);

Q_SIGNALS:
    void skillMatrixChanged();
    void goalsChanged();

private:
    QList<Skill> m_skills;
    mutable LazyRead<SkillMatrix> m_matrix;
    mutable LazyRead<QList<Goal>> m_goals;
};

} // namespace careerplanner
