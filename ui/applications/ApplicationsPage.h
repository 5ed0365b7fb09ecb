#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace careerplanner {

class ApplicationListModel;
class ApplicationStagesPanel;
class ChartView;
class FilteredRecordList;
class PlanSession;
class ReminderModel;

// Job applications through the hiring process: what to do next (reminders to mark done or
// dismiss, the thank-you note), a funnel of how far they got, and the list ordered by
// what is next, with the chosen application's stages and offer beneath it.
class ApplicationsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicationsPage(PlanSession *session, QWidget *parent = nullptr);

    FilteredRecordList *list() const { return m_list; }
    ApplicationListModel *applications() const { return m_model; }
    ApplicationStagesPanel *details() const { return m_details; }
    QTableView *reminders() const { return m_reminderTable; }
    ChartView *funnel() const { return m_funnel; }

    void addApplication(); // the page's main action, also in the window's Plan menu
    void showApplication(qint64 applicationId);

Q_SIGNALS:
    void payPackageMade(); // an offer became a pay package: show it there

private:
    qint64 currentApplicationId() const;
    void editApplication();
    void removeApplication();
    void markReminder(bool done);
    void writeThankYou();
    void exportCalendar();
    void rebuild();
    void showChosen(); // the chosen application and reminder, and what can be done with them

    PlanSession *m_session;
    ApplicationListModel *m_model;
    FilteredRecordList *m_list;
    ApplicationStagesPanel *m_details;
    ReminderModel *m_reminderModel;
    QTableView *m_reminderTable;
    ChartView *m_funnel;
    QList<QPushButton *> m_reminderButtons; // need a reminder chosen
    QPushButton *m_thankYou;
    qint64 m_chosen = 0; // the application chosen while the list is put in order
};

} // namespace careerplanner
