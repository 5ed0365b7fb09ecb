#pragma once

#include "core/conversations/FeedbackQuote.h"
#include "core/skills/Skill.h"

#include "ui/widgets/CheckedDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace careerplanner {

class TagLists;
class DateField;

// Adds or edits a feedback quote: the words, who said them and in what role, when, and the
// Leadership Principles and skills they speak to.
class FeedbackDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    FeedbackDialog(const FeedbackQuote &quote, const QList<Skill> &skills, QWidget *parent = nullptr);
    FeedbackQuote quote() const { return m_result; }

private:
    void validate();

    FeedbackQuote m_result;
    QList<Skill> m_skills;
    QPlainTextEdit *m_quote;
    QLineEdit *m_person;
    QComboBox *m_source;
    QCheckBox *m_dated;
    DateField *m_receivedOn;
    TagLists *m_tags = nullptr;
};

} // namespace careerplanner
