#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace careerplanner {

class ChartView;
class CheckInModel;
class GoalModel;
class PlanSession;
class TextTagFilterModel;

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

private:
    int currentGoal() const; // index into the session's goals, or -1
    void showCurrentGoal();
    void selectGoal(qint64 id);
    void fillSkillFilter();
    QStringList pathLevels() const;
    void addGoal();
    void editGoal();
    void removeGoal();
    void checkIn();
    void removeCheckIn();

    PlanSession *m_session;
    GoalModel *m_model;
    TextTagFilterModel *m_filter;
    CheckInModel *m_checkIns;
    QLineEdit *m_search;
    QComboBox *m_skillFilter;
    QTableView *m_table;
    QTableView *m_checkInTable;
    ChartView *m_chart;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_checkIn;
    QPushButton *m_removeCheckIn;
};

} // namespace careerplanner
