#include "ui/path/MilestoneDialog.h"

#include "core/path/PathValidator.h"
#include "ui/widgets/DateField.h"

#include <QFormLayout>
#include <QLineEdit>

namespace careerplanner {

MilestoneDialog::MilestoneDialog(const QString &levelTitle, const QDate &due, QWidget *parent)
    : CheckedDialog(parent)
    , m_title(new QLineEdit(this))
    , m_due(new DateField(due, this))
{
    setWindowTitle(tr("Add Milestone — %1").arg(levelTitle));
    m_title->setObjectName(QStringLiteral("milestoneTitle"));
    m_title->setPlaceholderText(tr("What will you show or deliver?"));
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_due->setObjectName(QStringLiteral("milestoneDue"));
    messageLabel()->setObjectName(QStringLiteral("milestoneMessage"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Milestone:"), m_title);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(messageLabel());
    form->addRow(buttons());
    connect(m_title, &QLineEdit::textChanged, this, &MilestoneDialog::validate);
    connect(m_due, &QDateEdit::dateChanged, this, &MilestoneDialog::validate);
    validate();
}

Milestone MilestoneDialog::milestone() const
{
    Milestone milestone;
    milestone.title = m_title->text().trimmed();
    milestone.dueDate = m_due->date();
    return milestone;
}

void MilestoneDialog::validate()
{
    showCheck(PathValidator::validateMilestone(milestone()));
}

} // namespace careerplanner
