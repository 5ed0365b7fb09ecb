#pragma once

#include "core/path/CareerSimulation.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace careerplanner {

class ChartView;
class PlanSession;
class SimulationResultModel;

// How sure the dates are: thousands of careers drawn from the path's time-at-level
// ranges, run off the UI thread with progress and Cancel; the dates by which 1 in 10,
// half and 9 in 10 of them reach each level, and a fan of their earnings.
class UncertaintyPage final : public QWidget
{
    Q_OBJECT

public:
    UncertaintyPage(PlanSession *session, QWidget *parent = nullptr);
    ~UncertaintyPage() override;

    void setScenario(int index);
    SimulationResultModel *results() const { return m_results; }
    // From Run until its result (or its cancellation) is shown.
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(); // results shown, or cancelled

private:
    void start();
    void cancel();
    void showResult();

    PlanSession *m_session;
    int m_scenario = -1;
    SimulationResultModel *m_results;
    QSpinBox *m_runs;
    QSpinBox *m_seed;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_table;
    ChartView *m_fan;
    QTimer *m_poll;
    QFutureWatcher<CareerSimulation::Result> m_watcher;
    bool m_running = false;
    std::atomic<bool> m_cancelRequested { false };
    std::atomic<int> m_done { 0 };
    QStringList m_levels; // of the run under way
    QString m_currency;
    QString m_currencyProblem; // why the earnings fan is not drawn
    QStringList m_rates; // the rates its figures were converted at
};

} // namespace careerplanner
