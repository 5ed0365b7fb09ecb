#pragma once

#include "ui/widgets/TypedRangeBox.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace careerplanner {

class InlineProblemLabel;
class PlanSession;

// "Apply my assumptions": location and business-unit multipliers on the bands, the
// user's own and labelled so; each change is saved to the plan as it is made.
class AdjustmentPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AdjustmentPanel(PlanSession *session, QWidget *parent = nullptr);

private:
    void save();
    void load();

    PlanSession *m_session;
    QCheckBox *m_enabled;
    QLineEdit *m_locationLabel;
    TypedRangeDoubleSpinBox *m_location;
    QLineEdit *m_unitLabel;
    TypedRangeDoubleSpinBox *m_unit;
    InlineProblemLabel *m_problem;
};

} // namespace careerplanner
