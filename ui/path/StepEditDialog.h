#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Scenario.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace careerplanner {

class DateField;

// Changes one step of a path: its date, how long its level is held (fewest, most likely,
// most months) and, at a level with branches, the branch. Later dates can follow along.
// The whole path is checked before OK is enabled, with the reason shown.
class StepEditDialog final : public QDialog
{
    Q_OBJECT

public:
    StepEditDialog(const Scenario &scenario, int step, const QList<CareerLadder> &ladders, QWidget *parent = nullptr);
    Scenario scenario() const { return m_result; }

private:
    void validate();

    Scenario m_original;
    Scenario m_result;
    int m_step;
    const QList<CareerLadder> &m_ladders;
    DateField *m_date;
    QSpinBox *m_min;
    QSpinBox *m_likely;
    QSpinBox *m_max;
    QComboBox *m_branch;
    QCheckBox *m_moveLater;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace careerplanner
