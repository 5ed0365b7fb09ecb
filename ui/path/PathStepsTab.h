#pragma once

#include <QSplitter>

class QPushButton;
class QTableView;

namespace careerplanner {

class MilestoneModel;
class PathStepModel;
class PlanSession;

// My path's first tab: the steps of one scenario, with the milestones of the chosen step
// below them, and the edits of both (a step's date and times, milestones added, edited
// in place and removed). Buttons that cannot act on what is shown are disabled.
class PathStepsTab final : public QSplitter
{
    Q_OBJECT

public:
    explicit PathStepsTab(PlanSession *session, QWidget *parent = nullptr);

    PathStepModel *steps() const { return m_steps; }
    MilestoneModel *milestones() const { return m_milestones; }
    // Shows scenario index (-1: none), opening on the next promotion.
    void setScenario(int index);
    // Selects the step (and its milestone, unless -1) of the scenario shown.
    void selectStep(int step, int milestone);

private:
    void showStep();
    void updateButtons();
    void editStep();
    void addMilestone();
    void removeMilestone();

    PlanSession *m_session;
    PathStepModel *m_steps;
    MilestoneModel *m_milestones;
    QTableView *m_stepTable;
    QTableView *m_milestoneTable;
    QPushButton *m_editStep;
    QPushButton *m_addMilestone;
    QPushButton *m_removeMilestone;
    int m_scenario = -1;
};

} // namespace careerplanner
