#pragma once

#include "core/interviews/PracticeClock.h"
#include "ui/interviews/PracticeSessionDialog.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace careerplanner {

class ChartView;
class PlanSession;
class ReadinessModel;

// Where practice starts: what is due, a session of a few questions against a time limit,
// and readiness for a loop per Leadership Principle, as a table and a chart.
class PracticePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PracticePanel(PlanSession *session, QWidget *parent = nullptr);

    // Starts a session drawn from the bank (the due ones first), or of the questions given.
    void startPractice();
    void practise(const QList<qint64> &questionIds);
    // Where the sessions read time from; the tests set a clock they move by hand.
    void setClockSource(PracticeClock::Source clock) { m_clock = std::move(clock); }
    // How a session writes the story the user had none for.
    void setStoryWriter(PracticeSessionDialog::StoryWriter writer) { m_storyWriter = std::move(writer); }

private:
    void updateSummary();
    void updateChart();
    int limitSeconds() const;

    PlanSession *m_session;
    PracticeClock::Source m_clock;
    PracticeSessionDialog::StoryWriter m_storyWriter;
    ReadinessModel *m_readiness;
    QLabel *m_summary;
    QSpinBox *m_count;
    QComboBox *m_limit;
    QPushButton *m_start;
    QTableView *m_table;
    ChartView *m_chart;
};

} // namespace careerplanner
