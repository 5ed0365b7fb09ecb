#pragma once

#include "core/path/Milestone.h"
#include "ui/widgets/CheckedDialog.h"

class QLineEdit;

namespace careerplanner {

class DateField;

// A new milestone for a step: what will be shown or delivered (required, which the form
// says) and when it is due.
class MilestoneDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    // due: the date offered, the step's own.
    MilestoneDialog(const QString &levelTitle, const QDate &due, QWidget *parent = nullptr);
    Milestone milestone() const;

private:
    void validate();

    QLineEdit *m_title;
    DateField *m_due;
};

} // namespace careerplanner
