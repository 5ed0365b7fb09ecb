#pragma once

#include <QDialog>
#include <QDialogButtonBox> // the form lays out both, so both are whole types here
#include <QLabel>

#include <functional>

namespace careerplanner {

// A form whose OK saves to the plan. What the form or the plan refuses is said inside the
// dialog, which stays open with everything typed in it; Tab goes down the form with OK and
// Cancel last, whatever order the form's fields were made in.
class CheckedDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<bool(QString *error)>;

    // Shows the dialog until save succeeds (true) or the user cancels (false).
    bool execAndSave(const Save &save);

protected:
    explicit CheckedDialog(QWidget *parent = nullptr);

    // For the form's layout: the message goes above the buttons.
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // problem: what stops OK, in the error colour with OK disabled; else note, if any, as a
    // word of warning with OK enabled.
    void showCheck(const QString &problem, const QString &note = QString());

    void accept() override;
    void showEvent(QShowEvent *event) override;

private:
    void putButtonsLast();

    Save m_save;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace careerplanner
