#include "ui/skills/CheckInDialog.h"

#include "core/base/HappenedDate.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/TypedRangeBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace careerplanner {

CheckInDialog::CheckInDialog(const QString &skillName, const CheckIn &checkIn, const QDate &ladderStart,
                             QWidget *parent)
    : CheckedDialog(parent)
    , m_checkIn(checkIn)
    , m_ladderStart(ladderStart)
    , m_date(new DateField(checkIn.date.isValid() ? checkIn.date : QDate::currentDate(), this))
    , m_proficiency(new TypedRangeSpinBox(1, 5, this))
    , m_note(new QLineEdit(checkIn.note, this))
{
    setWindowTitle(tr("Check In: %1").arg(skillName));
    m_date->setObjectName(QStringLiteral("checkInDate"));
    // The validator's range: a date outside it could not be saved.
    m_date->setDateRange(QDate(1950, 1, 1), QDate(2200, 12, 31));
    m_proficiency->setObjectName(QStringLiteral("checkInProficiency"));
    m_proficiency->setValue(checkIn.proficiency);
    m_proficiency->setToolTip(tr("1 = learning, 3 = does it unaided, 5 = sets the bar for others"));
    m_note->setObjectName(QStringLiteral("checkInNote"));
    m_note->setPlaceholderText(tr("What shows it: a document, a launch, feedback"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Proficiency now (1-5):"), m_proficiency);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(messageLabel());
    form->addRow(buttons());
    connect(m_date, &QDateEdit::dateChanged, this, &CheckInDialog::validate);
    connect(m_proficiency, &QSpinBox::valueChanged, this, &CheckInDialog::validate);
    validate();
}

CheckIn CheckInDialog::checkIn() const
{
    CheckIn result = m_checkIn;
    result.date = m_date->date();
    result.proficiency = m_proficiency->value();
    result.note = m_note->text();
    return result;
}

void CheckInDialog::validate()
{
    const QDate date = m_date->date();
    const QString problem = m_proficiency->inRange()
                                ? HappenedDate::problem(HappenedDate::Kind::CheckIn, date, QDate::currentDate())
                                : tr("A check-in rates proficiency from 1 to 5.");
    showCheck(problem, HappenedDate::earlyNote(date, m_ladderStart));
}

} // namespace careerplanner
