#pragma once

#include "core/skills/Skill.h"
#include "core/skills/Goal.h"

#include "ui/widgets/CheckedDialog.h"

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QSpinBox;

namespace careerplanner {

class DateField;

// Adds or edits a skill goal: the skill, the proficiency to reach and by when, the path
// level it serves and its status. Its check-ins are kept as they are.
class GoalDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    GoalDialog(const Goal &goal, const QList<Skill> &skills, const QStringList &pathLevels, QWidget *parent = nullptr);
    Goal goal() const { return m_result; }

private:
    void validate();

    Goal m_result;
    QList<Skill> m_skills;
    QComboBox *m_skill;
    QSpinBox *m_target;
    QCheckBox *m_hasDue;
    DateField *m_due;
    QComboBox *m_level;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
};

} // namespace careerplanner
