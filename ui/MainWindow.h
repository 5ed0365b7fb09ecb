#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoStack;

namespace careerplanner {

class ChartView;
class LadderBrowserPage;
class LadderListModel;
class NavigationPane;
class PlanActions;
class PlanOutputActions;
class PlanSession;
class SessionPages;

// The window around the pages: the ladder browser, then the pages made for the open plan
// (dashboard, path, salary bands, compare levels, pay, skills); menus, status bar, the
// plan's name in the title, its size and position remembered, and the undo stack of its edits.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Without a plan until setSession(): the menus, tabs and styles, which take a while to
    // make, can be made while the plan is read (see AppLauncher).
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(std::unique_ptr<PlanSession> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The window's first plan (openPlan changes it later). It is listed as recent and
    // backed up once the event loop runs, and only if it passed its check, which may still
    // be running now.
    void setSession(std::unique_ptr<PlanSession> session);

    PlanSession *session() const { return m_session.get(); }
    bool openPlan(const QString &path);
    // On first run, with a plan that says nothing of its user yet: the welcome, offered once
    // (File ▸ Set Up My Plan opens it again).
    void offerWelcome();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void attachSession();
    void makePages(); // for the session, on the tabs
    void acceptSession(); // lists the plan as recent and makes the day's backup
    void detachSession();
    void adopt(std::unique_ptr<PlanSession> session); // the window's plan from now on
    void updateActions();
    ChartView *currentChartView() const; // the chart on the page shown, if it has one
    void chooseAndOpenPlan();
    void chooseAndCreatePlan();
    void setUpPlan();
    void editPreferences();
    void backUpIfDue();
    void createUndoHistory();

    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<SessionPages> m_pages; // declared after m_session: destroyed before it
    LadderListModel *m_ladderModel = nullptr;

    QTabWidget *m_tabs = nullptr; // the pages; the side bar shows which
    NavigationPane *m_navigation = nullptr;
    LadderBrowserPage *m_ladderPage = nullptr;
    QLabel *m_pathLabel = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_setUpAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    PlanOutputActions *m_outputs = nullptr; // copy, import, report, print
    PlanActions *m_planActions = nullptr; // each page's main action
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_ratesAction = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_historyAction = nullptr;
};

} // namespace careerplanner
