#include "ui/ladders/LadderDialog.h"

#include "ui/widgets/Appearance.h"
#include "core/ladders/LevelValidator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace careerplanner {

LadderDialog::LadderDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(this))
    , m_nameError(new QLabel(this))
    , m_company(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Ladder"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Contoso – Program Management"));
    m_nameError->setObjectName(QStringLiteral("nameError"));
    m_nameError->setStyleSheet(Appearance::errorStyleSheet());
    m_company->setPlaceholderText(tr("Company"));
    m_description->setTabChangesFocus(true);
    m_description->setAccessibleName(tr("Description"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    m_nameError->setText(m_name->text().isEmpty() ? QString() : message);
    m_nameError->setVisible(!m_nameError->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

} // namespace careerplanner
