#include "ui/applications/ThankYouDialog.h"

#include "core/applications/JobApplication.h"

#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace careerplanner {

ThankYouDialog::ThankYouDialog(const QString &note, const QString &applicationName, QWidget *parent)
    : CheckedDialog(parent)
    , m_note(new QPlainTextEdit(note, this))
{
    setWindowTitle(tr("Thank-You Note — %1").arg(applicationName));
    m_note->setObjectName(QStringLiteral("thankYouNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumSize(fontMetrics().averageCharWidth() * 70, fontMetrics().lineSpacing() * 12);
    messageLabel()->setObjectName(QStringLiteral("thankYouMessage"));
    auto *copy = buttons()->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyThankYou"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_note->toPlainText()); });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        showCheck(m_note->toPlainText().size() > JobApplication::MaximumNoteLength
                      ? tr("The note is longer than %1 characters.").arg(JobApplication::MaximumNoteLength)
                      : QString());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(messageLabel());
    layout->addWidget(buttons());
}

QString ThankYouDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace careerplanner
