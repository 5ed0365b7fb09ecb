#include "ui/skills/CheckInDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace careerplanner {

CheckInDialog::CheckInDialog(const QString &skillName, const CheckIn &checkIn, QWidget *parent)
    : QDialog(parent)
    , m_checkIn(checkIn)
    , m_date(new QDateEdit(checkIn.date.isValid() ? checkIn.date : QDate::currentDate(), this))
    , m_proficiency(new QSpinBox(this))
    , m_note(new QLineEdit(checkIn.note, this))
{
    setWindowTitle(tr("Check In: %1").arg(skillName));
    m_date->setObjectName(QStringLiteral("checkInDate"));
    m_date->setCalendarPopup(true);
    // The validator's range: a date outside it could not be saved.
    m_date->setDateRange(QDate(1950, 1, 1), QDate(2200, 12, 31));
    m_proficiency->setObjectName(QStringLiteral("checkInProficiency"));
    m_proficiency->setRange(1, 5);
    m_proficiency->setValue(checkIn.proficiency);
    m_proficiency->setToolTip(tr("1 = learning, 3 = does it unaided, 5 = sets the bar for others"));
    m_note->setObjectName(QStringLiteral("checkInNote"));
    m_note->setPlaceholderText(tr("What shows it: a document, a launch, feedback"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Proficiency now (1-5):"), m_proficiency);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CheckIn CheckInDialog::checkIn() const
{
    CheckIn result = m_checkIn;
    result.date = m_date->date();
    result.proficiency = m_proficiency->value();
    result.note = m_note->text();
    return result;
}

} // namespace careerplanner
