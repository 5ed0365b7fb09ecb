#pragma once

#include "core/interviews/Question.h"
#include "core/skills/Skill.h"

#include "ui/widgets/CheckedDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace careerplanner {

class CheckList;

// Adds or edits a question of the bank: its text, stage and kind, the principles and
// skills it probes, and the ladders it belongs to (none ticked: every ladder).
class QuestionDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    QuestionDialog(const Question &question, const QList<Skill> &skills, const QStringList &ladders,
                   QWidget *parent = nullptr);
    Question question() const { return m_result; }

private:
    void validate();

    Question m_result;
    QList<Skill> m_skills;
    QPlainTextEdit *m_text;
    QComboBox *m_stage;
    QComboBox *m_kind;
    CheckList *m_principles;
    CheckList *m_skillTags;
    CheckList *m_ladders;
};

} // namespace careerplanner
