#pragma once

#include "core/skills/CheckIn.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace careerplanner {

// Records how good the user rates themselves in a goal's skill today, with a note of why.
class CheckInDialog final : public QDialog
{
    Q_OBJECT

public:
    CheckInDialog(const QString &skillName, const CheckIn &checkIn, QWidget *parent = nullptr);
    CheckIn checkIn() const;

private:
    CheckIn m_checkIn;
    QDateEdit *m_date;
    QSpinBox *m_proficiency;
    QLineEdit *m_note;
};

} // namespace careerplanner
