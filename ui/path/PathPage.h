#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace careerplanner {

class ChartView;
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

    PathStepModel *steps() const { return m_steps; }
    MilestoneModel *milestones() const { return m_milestones; }
    ScenarioListModel *scenarios() const { return m_scenarioList; }
    ChartView *timelineView() const;
    QTabWidget *tabs() const { return m_tabs; }
    int currentScenario() const;
    // Shows the plan's own path with the step (and its milestone, unless -1) selected.
    void showPathStep(int step, int milestone);

private:
    QWidget *buildStepsTab();
    void showScenario(int index);
    void showStep();
    void rebuildCharts();
    void updateSummary();
    void layOutPath();
    void duplicateScenario();
    void removeScenario();
    void editStep();
    void addMilestone();
    void removeMilestone();
    void recordPromotion();

    PlanSession *m_session;
    ScenarioListModel *m_scenarioList;
    PathStepModel *m_steps;
    MilestoneModel *m_milestones;
    QComboBox *m_scenario;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableView *m_stepTable;
    QTableView *m_milestoneTable;
    PathTimelineTab *m_timeline;
    ChartView *m_earnings;
    QPushButton *m_remove;
    UncertaintyPage *m_uncertainty = nullptr;
};

} // namespace careerplanner
