#pragma once

#include "core/applications/ApplicationStage.h"
#include "core/interviews/Question.h"
#include "core/skills/Skill.h"

#include "ui/widgets/CheckedDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace careerplanner {

class CheckList;
class DateField;

// Adds or edits a stage of an application: its name and kind, when it is (a day, a time
// and the time's zone) and for how long, the format, the interviewer and their role, the
// principles it probes, the bank's questions asked and new ones typed (which join the
// bank), and how it went.
class StageDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    StageDialog(const ApplicationStage &stage, const QList<Skill> &skills, const QList<Question> &bank,
                QWidget *parent = nullptr);
    ApplicationStage stage() const { return m_result; }
    // The questions typed, one per line, as new questions of the bank.
    QList<Question> typedQuestions() const;

private:
    void validate();

    ApplicationStage m_result;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QCheckBox *m_booked;
    DateField *m_date;
    QCheckBox *m_timed;
    QTimeEdit *m_time;
    QComboBox *m_zone;
    QSpinBox *m_minutes;
    QLineEdit *m_format;
    QLineEdit *m_interviewer;
    QLineEdit *m_interviewerRole;
    CheckList *m_principles;
    CheckList *m_questions;
    QPlainTextEdit *m_typed;
    QComboBox *m_rating;
    QPlainTextEdit *m_notes;
};

} // namespace careerplanner
