#pragma once

#include "core/skills/Skill.h"
#include "core/stories/Story.h"

#include "ui/widgets/CheckedDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace careerplanner {

class TagLists;
class DateField;

// Writes or edits a STAR story: situation, task, action, result, measurable outcomes and
// the day it happened, tagged with the Leadership Principles and skills it shows.
class StoryDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    // ladderStart: the user's first known day on the ladder, to warn of a date before it.
    StoryDialog(const Story &story, const QList<Skill> &skills, const QDate &ladderStart, QWidget *parent = nullptr);
    Story story() const { return m_result; }

private:
    QPlainTextEdit *textField(const QString &text, const QString &placeholder, const QString &name);
    void validate();

    Story m_result;
    QList<Skill> m_skills;
    QDate m_ladderStart;
    QLineEdit *m_title;
    DateField *m_date;
    QPlainTextEdit *m_situation;
    QPlainTextEdit *m_task;
    QPlainTextEdit *m_action;
    QPlainTextEdit *m_outcome;
    QPlainTextEdit *m_measures;
    TagLists *m_tags = nullptr;
};

} // namespace careerplanner
