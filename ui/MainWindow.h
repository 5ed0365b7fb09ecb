#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolBar;

namespace careerplanner {

class ChartView;
class SessionPages;
class LadderListModel;
class LevelDetailView;
class LevelTableModel;
class PlanSession;

// The ladder browser: choose a ladder, see its levels and bands, read and edit a level.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<PlanSession> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanSession *session() const { return m_session.get(); }
    bool openPlan(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void attachSession();
    void detachSession();
    void showLadder(int ladderIndex);
    void updateDetails();
    void updateActions();
    int currentLevelRow() const;
    ChartView *currentChartView() const; // the chart on the page shown, if it has one
    void selectLevel(int row);

    void chooseAndOpenPlan();
    void editLevel();
    void addLevel();
    void removeLevel();
    void addLadder();
    void removeLadder();
    void showAbout();
    void reportFailure(const QString &what, const QString &error);

    std::unique_ptr<PlanSession> m_session;
    LadderListModel *m_ladderModel = nullptr;
    LevelTableModel *m_levelModel = nullptr;

    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_ladderToolBar = nullptr;
    std::unique_ptr<SessionPages> m_pages; // declared after m_session: destroyed before it
    QComboBox *m_ladderSelector = nullptr;
    QTableView *m_levelTable = nullptr;
    LevelDetailView *m_details = nullptr;
    QLabel *m_pathLabel = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_editLevelAction = nullptr;
    QAction *m_addLevelAction = nullptr;
    QAction *m_removeLevelAction = nullptr;
    QAction *m_addLadderAction = nullptr;
    QAction *m_removeLadderAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace careerplanner
