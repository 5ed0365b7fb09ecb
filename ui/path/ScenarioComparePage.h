#pragma once

#include <QWidget>

class QListView;
class QTableView;

namespace careerplanner {

class ChartView;
class CurrencyNotice;
class PlanSession;
class ScenarioCompareModel;
class ScenarioListModel;

// Two or three scenarios side by side: their levels over time and their running
// earnings on shared charts, and a table of when each reaches each level and what each
// has earned 5, 10 and 15 years from today.
class ScenarioComparePage final : public QWidget
{
    Q_OBJECT

public:
    ScenarioComparePage(PlanSession *session, ScenarioListModel *scenarios, QWidget *parent = nullptr);

    ScenarioCompareModel *table() const { return m_table; }
    ChartView *timelineView() const { return m_timeline; }
    ChartView *earningsView() const { return m_earnings; }
    void rebuild();

private:
    PlanSession *m_session;
    ScenarioListModel *m_scenarios;
    ScenarioCompareModel *m_table;
    QListView *m_picker;
    QTableView *m_tableView;
    ChartView *m_timeline;
    ChartView *m_earnings;
    CurrencyNotice *m_currencyNotice;
};

} // namespace careerplanner
