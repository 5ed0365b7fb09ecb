#pragma once

#include "core/skills/Skill.h"
#include "core/skills/Goal.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace careerplanner {

// Adds or edits a skill goal: the skill, the proficiency to reach and by when, the path
// level it serves and its status. Its check-ins are kept as they are.
class GoalDialog final : public QDialog
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
    QDateEdit *m_due;
    QComboBox *m_level;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace careerplanner
