#pragma once

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QSplitter;
class QTableView;

namespace careerplanner {

struct LevelUse;

class LadderListModel;
class LevelDetailView;
class LevelTableModel;
class PlanSession;

// The ladder browser: choose a ladder, see its levels and bands, read a level's details,
// and edit, add or remove levels and ladders. Its actions live in the window's menus
// but work only while the page is shown, so Delete on another page removes nothing here.
class LadderBrowserPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LadderBrowserPage(QWidget *parent = nullptr);

    // Shows a session's ladders through the given list model (shared with other pages).
    void setSession(PlanSession *session, LadderListModel *ladders);
    void clearSession();

    QList<QAction *> levelActions() const;
    QList<QAction *> ladderActions() const;
    // Ladder ▸ New Ladder: asks for the ladder's name and what it is, and adds it.
    void addLadder();
    // The split between the level table and the details, as the window remembers it.
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeout);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildView();
    void presentSession(); // once both the view and a session are there
    void showLadder(int ladderIndex);
    void updateDetails();
    void updateActions();
    int currentLevelRow() const;
    void selectLevel(int row);
    void editLevel();
    void addLevel();
    void removeLevel();
    void removeLadder();
    // Asks question, listing what use touches; true when the user said yes.
    bool confirmRemoval(const QString &title, const QString &question, const LevelUse &use);
    void reportFailure(const QString &what, const QString &error);

    PlanSession *m_session = nullptr;
    std::optional<int> m_rowBeforeReload; // the level chosen when an undo, redo or import began
    LadderListModel *m_ladderModel = nullptr;
    LevelTableModel *m_levelModel = nullptr;
    // Made when the page is first shown.
    QComboBox *m_ladderSelector = nullptr;
    QTableView *m_levelTable = nullptr;
    LevelDetailView *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QByteArray m_splitterState;
    QAction *m_editLevel;
    QAction *m_addLevel;
    QAction *m_removeLevel;
    QAction *m_addLadder;
    QAction *m_removeLadder;
};

} // namespace careerplanner
