#pragma once

#include "core/skills/CheckIn.h"
#include "ui/widgets/CheckedDialog.h"
#include "ui/widgets/TypedRangeBox.h"

class QLineEdit;

namespace careerplanner {

class DateField;

// Records how good the user rates themselves in a goal's skill on a day that has come,
// with a note of why.
class CheckInDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    // ladderStart: the user's first known day on the ladder, to warn of a date before it.
    CheckInDialog(const QString &skillName, const CheckIn &checkIn, const QDate &ladderStart,
                  QWidget *parent = nullptr);
    CheckIn checkIn() const;

private:
    void validate();

    CheckIn m_checkIn;
    QDate m_ladderStart;
    DateField *m_date;
    TypedRangeSpinBox *m_proficiency;
    QLineEdit *m_note;
};

} // namespace careerplanner
