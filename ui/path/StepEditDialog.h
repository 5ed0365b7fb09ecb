#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Scenario.h"

#include "ui/widgets/CheckedDialog.h"

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace careerplanner {

class DateField;

// Changes one step of a path: its date, how long its level is held (fewest, most likely,
// most months) and, at a level with branches, the branch. Later dates can follow along.
// The whole path is checked before OK is enabled, with the reason shown; the step of the
// level held now is held since a day that has come.
class StepEditDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    // heldStep: the step of the level held now, -1 if the path does not pass through it.
    StepEditDialog(const Scenario &scenario, int step, int heldStep, const QList<CareerLadder> &ladders,
                   QWidget *parent = nullptr);
    Scenario scenario() const { return m_result; }

private:
    void validate();

    Scenario m_original;
    Scenario m_result;
    int m_step;
    bool m_held;
    const QList<CareerLadder> &m_ladders;
    DateField *m_date;
    QSpinBox *m_min;
    QSpinBox *m_likely;
    QSpinBox *m_max;
    QComboBox *m_branch;
    QCheckBox *m_moveLater;
};

} // namespace careerplanner
