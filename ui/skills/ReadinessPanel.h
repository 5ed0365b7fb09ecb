#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace careerplanner {

class ChartView;
class PlanSession;

// How ready the user is for a step of their path: the figure, how it is computed, and
// the skill gaps behind it, largest first. Opens on the next step.
class ReadinessPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReadinessPanel(PlanSession *session, QWidget *parent = nullptr);

    ChartView *gapChart() const { return m_chart; }

private:
    void fillSteps();
    void refresh();

    PlanSession *m_session;
    QComboBox *m_step;
    QLabel *m_figure;
    ChartView *m_chart;
};

} // namespace careerplanner
