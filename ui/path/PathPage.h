#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace careerplanner {

class ChartView;
class EmptyStateStack;
class CurrencyNotice;
class PathStepsTab;
class PathTimelineTab;
class MilestoneModel;
class PathStepModel;
class PlanSession;
class ScenarioListModel;
class UncertaintyPage;

// My path: the steps from the level held now to the target, with dates, time at each
// level, expected pay and readiness; each step's milestones; the path over time and
// what it earns. Scenarios are copies of the path to edit on their own.
class PathPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PathPage(PlanSession *session, QWidget *parent = nullptr);

    PathStepModel *steps() const;
    MilestoneModel *milestones() const;
    ScenarioListModel *scenarios() const { return m_scenarioList; }
    ChartView *timelineView() const;
    QTabWidget *tabs() const { return m_tabs; }
    int currentScenario() const;
    // Shows the plan's own path with the step (and its milestone, unless -1) selected.
    void showPathStep(int step, int milestone);

    // The page's main actions, also in the window's Plan menu.
    void layOutPath();
    void recordPromotion();

private:
    void showScenario(int index);
    void rebuildCharts();
    void updateSummary();
    void duplicateScenario();
    void removeScenario();

    PlanSession *m_session;
    ScenarioListModel *m_scenarioList;
    QComboBox *m_scenario;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    EmptyStateStack *m_content = nullptr; // the tabs, or what to do first
    PathStepsTab *m_stepsTab;
    PathTimelineTab *m_timeline;
    ChartView *m_earnings;
    CurrencyNotice *m_currencyNotice; // pay along the path in two currencies, without a rate
    QPushButton *m_remove;
    QPushButton *m_duplicate;
    UncertaintyPage *m_uncertainty = nullptr;
};

} // namespace careerplanner
