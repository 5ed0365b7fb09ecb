#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace careerplanner {

class ChartView;
class CheckInModel;
class FilteredRecordList;
class GoalModel;
class PlanSession;

// Skill goals: a searchable list, the chosen goal's check-ins, and its ratings over time
// against the target.
class GoalsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit GoalsPanel(PlanSession *session, QWidget *parent = nullptr);

    // Selects the goal, clearing the filters if they hide it.
    void showGoal(qint64 id);

    ChartView *progressChart() const { return m_chart; }

    // The panel's main action, also in the window's Plan menu.
    void addGoal();

private:
    void showCurrentGoal();
    void selectGoal(qint64 id);
    QStringList pathLevels() const;
    void editGoal();
    void removeGoal();
    void checkIn();
    void removeCheckIn();

    PlanSession *m_session;
    GoalModel *m_model;
    CheckInModel *m_checkIns;
    FilteredRecordList *m_list;
    QTableView *m_checkInTable;
    ChartView *m_chart;
    QPushButton *m_removeCheckIn;
};

} // namespace careerplanner
