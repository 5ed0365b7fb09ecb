#pragma once

#include "core/conversations/CareerConversation.h"

#include "ui/widgets/CheckedDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace careerplanner {

class DateField;

// Logs or edits a career conversation: when, with whom, what was asked for, the feedback
// heard, what was agreed (one action a line) and the next one's date when it is booked.
class ConversationDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    ConversationDialog(const CareerConversation &conversation, QWidget *parent = nullptr);
    CareerConversation conversation() const { return m_result; }

    // The actions of lines, keeping what each old action was made into where its words
    // stay the same, or where a line in its place was only reworded.
    static QList<AgreedAction> actionsFromLines(const QStringList &lines, const QList<AgreedAction> &old);

private:
    QPlainTextEdit *textField(const QString &text, const QString &placeholder, const QString &name);
    void validate();

    CareerConversation m_result;
    QList<AgreedAction> m_oldActions; // as the dialog opened, with what each was made into
    DateField *m_heldOn;
    QLineEdit *m_person;
    QComboBox *m_relation;
    QPlainTextEdit *m_askedFor;
    QPlainTextEdit *m_feedback;
    QPlainTextEdit *m_agreed;
    QCheckBox *m_hasNext;
    DateField *m_nextOn;
};

} // namespace careerplanner
