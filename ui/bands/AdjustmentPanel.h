#pragma once

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;

namespace careerplanner {

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
    QDoubleSpinBox *m_location;
    QLineEdit *m_unitLabel;
    QDoubleSpinBox *m_unit;
};

} // namespace careerplanner
