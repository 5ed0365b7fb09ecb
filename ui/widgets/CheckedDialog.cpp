#include "ui/widgets/CheckedDialog.h"

#include "ui/widgets/Appearance.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace careerplanner {

CheckedDialog::CheckedDialog(QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool CheckedDialog::execAndSave(const Save &save)
{
    m_save = save;
    const bool saved = exec() == QDialog::Accepted;
    m_save = nullptr;
    return saved;
}

void CheckedDialog::showCheck(const QString &problem, const QString &note)
{
    const bool refused = !problem.isEmpty();
    const QString text = refused ? problem : note;
    m_message->setStyleSheet(refused ? Appearance::errorStyleSheet() : QString());
    m_message->setText(text);
    if (m_message->isVisibleTo(this) != !text.isEmpty()) {
        m_message->setVisible(!text.isEmpty());
        if (isVisible()) // the message is shown whole, never shrinking what the user made larger
            resize(size().expandedTo(sizeHint()));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!refused);
}

void CheckedDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return; // a form may accept on Return while OK is disabled
    QString error;
    if (m_save && !m_save(&error)) {
        if (!error.isEmpty())
            showCheck(error); // until the user changes what the plan refused
        return; // with no reason: the user said no to a question the save asked
    }
    QDialog::accept();
}

void CheckedDialog::showEvent(QShowEvent *event)
{
    putButtonsLast();
    QDialog::showEvent(event);
}

void CheckedDialog::putButtonsLast()
{
    // The buttons are made before the form's fields, so Tab would reach them first.
    QWidget *last = nullptr;
    QList<QWidget *> buttons; // in their own order
    for (QWidget *w = nextInFocusChain(); w != this; w = w->nextInFocusChain()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !isAncestorOf(w))
            continue;
        if (m_buttons->isAncestorOf(w))
            buttons.append(w);
        else
            last = w;
    }
    for (QWidget *button : std::as_const(buttons)) {
        if (last)
            setTabOrder(last, button);
        last = button;
    }
}

} // namespace careerplanner
