#include "ui/ladders/LadderDialog.h"

#include "core/ladders/LevelValidator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace careerplanner {

LadderDialog::LadderDialog(const QStringList &existingNames, QWidget *parent)
    : CheckedDialog(parent)
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
{
    setWindowTitle(tr("New Ladder"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Contoso – Program Management"));
    messageLabel()->setObjectName(QStringLiteral("nameError"));
    m_company->setPlaceholderText(tr("Company"));
    m_description->setTabChangesFocus(true);
    m_description->setAccessibleName(tr("Description"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(messageLabel());
    form->addRow(buttons());

    connect(m_name, &QLineEdit::textChanged, this, &LadderDialog::validate);
    validate();
}

CareerLadder LadderDialog::ladder() const
{
    CareerLadder ladder;
    ladder.name = m_name->text().trimmed();
    ladder.company = m_company->text().trimmed();
    ladder.description = m_description->toPlainText().trimmed();
    ladder.source = { QString(), tr("Entered by you") };
    return ladder;
}

void LadderDialog::validate()
{
    const CareerLadder candidate = ladder();
    QString message = LevelValidator::firstMessageFor(LevelValidator::validateLadderHeader(candidate),
                                                      LevelValidator::Field::LadderName);
    if (message.isEmpty() && m_existingNames.contains(candidate.name))
        message = tr("There is already a ladder called “%1”.").arg(candidate.name);
    // An empty name at the start is not an error yet, only a reason to keep OK disabled.
    if (m_name->text().isEmpty()) {
        showCheck(QString());
        buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    showCheck(message);
}

} // namespace careerplanner
