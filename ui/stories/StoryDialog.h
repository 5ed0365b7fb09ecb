#pragma once

#include "core/skills/Skill.h"
#include "core/stories/Story.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QStandardItemModel;

namespace careerplanner {

// Writes or edits a STAR story: situation, task, action, result, measurable outcomes and
// a date, tagged with the Leadership Principles and skills it shows.
class StoryDialog final : public QDialog
{
    Q_OBJECT

public:
    StoryDialog(const Story &story, const QList<Skill> &skills, QWidget *parent = nullptr);
    Story story() const { return m_result; }

private:
    QListView *tagList(Skill::Kind kind, QStandardItemModel *model, const QString &name);
    QPlainTextEdit *textField(const QString &text, const QString &placeholder, const QString &name);
    void validate();

    Story m_result;
    QList<Skill> m_skills;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QPlainTextEdit *m_situation;
    QPlainTextEdit *m_task;
    QPlainTextEdit *m_action;
    QPlainTextEdit *m_outcome;
    QPlainTextEdit *m_measures;
    QStandardItemModel *m_principles;
    QStandardItemModel *m_skillTags;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace careerplanner
