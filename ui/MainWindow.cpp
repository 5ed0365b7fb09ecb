#include "MainWindow.h"

#include "ChartView.h"
#include "LadderDialog.h"
#include "LadderListModel.h"
#include "LevelDetailView.h"
#include "LevelEditDialog.h"
#include "LevelTableModel.h"
#include "PlanDatabase.h"
#include "PlanSession.h"
#include "SessionPages.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace careerplanner {

MainWindow::MainWindow(std::unique_ptr<PlanSession> session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
{
    setWindowIcon(QIcon(QStringLiteral(":/careerplanner/icons/careerplanner.svg")));
    m_ladderSelector = new QComboBox(this);
    m_ladderSelector->setObjectName(QStringLiteral("ladderSelector"));
    m_ladderSelector->setAccessibleName(tr("Ladder"));
    m_ladderSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_levelTable = new QTableView(this);
    m_levelTable->setObjectName(QStringLiteral("levelTable"));
    m_levelTable->setAccessibleName(tr("Levels"));
    m_levelTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_levelTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_levelTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_levelTable->setAlternatingRowColors(true);
    m_levelTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_levelTable->setWordWrap(false);

    m_details = new LevelDetailView(this);
    m_details->setObjectName(QStringLiteral("levelDetails"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_levelTable);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    // The ladder browser's own toolbar sits inside its tab, not over every page.
    auto *ladderPage = new QWidget(this);
    auto *ladderLayout = new QVBoxLayout(ladderPage);
    ladderLayout->setContentsMargins(0, 0, 0, 0);
    ladderLayout->setSpacing(0);
    m_ladderToolBar = new QToolBar(tr("Ladder"), ladderPage);
    m_ladderToolBar->setObjectName(QStringLiteral("ladderToolBar"));
    ladderLayout->addWidget(m_ladderToolBar);
    ladderLayout->addWidget(m_splitter, 1);
    m_tabs->addTab(ladderPage, tr("Ladders"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    setCentralWidget(m_tabs);

    m_pathLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_pathLabel);

    createActions();
    createMenus();

    QToolBar *toolBar = m_ladderToolBar;
    auto *ladderLabel = new QLabel(tr("&Ladder:"), this);
    ladderLabel->setBuddy(m_ladderSelector);
    ladderLabel->setContentsMargins(4, 0, 4, 0);
    toolBar->addWidget(ladderLabel);
    toolBar->addWidget(m_ladderSelector);
    toolBar->addSeparator();
    toolBar->addAction(m_editLevelAction);
    toolBar->addAction(m_addLevelAction);
    toolBar->addAction(m_removeLevelAction);
    toolBar->addSeparator();
    toolBar->addAction(m_addLadderAction);

    connect(m_ladderSelector, &QComboBox::currentIndexChanged, this, &MainWindow::showLadder);
    connect(m_levelTable, &QTableView::doubleClicked, this, &MainWindow::editLevel);
    connect(m_levelTable, &QTableView::activated, this, &MainWindow::editLevel);

    attachSession();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 760);
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
}

MainWindow::~MainWindow()
{
    detachSession();
}

void MainWindow::detachSession()
{
    // Views and pages let go before the session and its models do, so that nothing asks
    // a half-destroyed session for data.
    m_ladderSelector->blockSignals(true);
    m_levelTable->setModel(nullptr);
    m_pages.reset();
    m_session.reset();
    m_ladderSelector->blockSignals(false);
}

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Plan…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another plan file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpenPlan);

    m_exportChartAction = new QAction(tr("&Export Chart…"), this);
    m_exportChartAction->setObjectName(QStringLiteral("exportChartAction"));
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportChartAction->setStatusTip(tr("Save the chart on this page as a PNG or SVG file"));
    connect(m_exportChartAction, &QAction::triggered, this, [this] {
        if (ChartView *view = currentChartView())
            view->saveAs();
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    // QKeySequence::Quit is empty in some key schemes; Ctrl+Q is what Linux users expect.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_editLevelAction = new QAction(tr("&Edit Level…"), this);
    m_editLevelAction->setObjectName(QStringLiteral("editLevelAction"));
    m_editLevelAction->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_editLevelAction->setStatusTip(tr("Change the selected level's title, bands and texts"));
    connect(m_editLevelAction, &QAction::triggered, this, &MainWindow::editLevel);

    m_addLevelAction = new QAction(tr("&Add Level…"), this);
    m_addLevelAction->setObjectName(QStringLiteral("addLevelAction"));
    m_addLevelAction->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_addLevelAction->setStatusTip(tr("Add a level above the selected one"));
    connect(m_addLevelAction, &QAction::triggered, this, &MainWindow::addLevel);

    m_removeLevelAction = new QAction(tr("&Remove Level"), this);
    m_removeLevelAction->setObjectName(QStringLiteral("removeLevelAction"));
    m_removeLevelAction->setShortcut(QKeySequence::Delete);
    m_removeLevelAction->setStatusTip(tr("Remove the selected level from this plan"));
    connect(m_removeLevelAction, &QAction::triggered, this, &MainWindow::removeLevel);

    m_addLadderAction = new QAction(tr("&New Ladder…"), this);
    m_addLadderAction->setObjectName(QStringLiteral("addLadderAction"));
    m_addLadderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addLadderAction->setStatusTip(tr("Add your own ladder, for example another company's"));
    connect(m_addLadderAction, &QAction::triggered, this, &MainWindow::addLadder);

    m_removeLadderAction = new QAction(tr("Re&move Ladder"), this);
    m_removeLadderAction->setObjectName(QStringLiteral("removeLadderAction"));
    m_removeLadderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_removeLadderAction->setStatusTip(tr("Remove the current ladder from this plan"));
    connect(m_removeLadderAction, &QAction::triggered, this, &MainWindow::removeLadder);

    m_aboutAction = new QAction(tr("&About Career Planner"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_exportChartAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Level"));
    edit->addAction(m_editLevelAction);
    edit->addAction(m_addLevelAction);
    edit->addAction(m_removeLevelAction);
    QMenu *ladder = menuBar()->addMenu(tr("La&dder"));
    ladder->addAction(m_addLadderAction);
    ladder->addAction(m_removeLadderAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    // Shortcuts work through the window itself, also for actions that live only in a menu.
    addActions({m_openAction, m_exportChartAction, m_quitAction, m_editLevelAction, m_addLevelAction, m_removeLevelAction,
                m_addLadderAction, m_removeLadderAction});
}

void MainWindow::attachSession()
{
    // Models live as long as the session they present. The level model is made first so
    // that it settles on a ladder change before the selector reacts to the same change.
    m_levelModel = new LevelTableModel(m_session.get(), m_session.get());
    m_ladderModel = new LadderListModel(m_session.get(), m_session.get());
    m_ladderSelector->setModel(m_ladderModel);
    m_levelTable->setModel(m_levelModel);
    QHeaderView *header = m_levelTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LevelTableModel::TitleColumn, QHeaderView::Stretch);
    connect(m_levelTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetails);
    connect(m_levelModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);

    m_pages = std::make_unique<SessionPages>(m_session.get(), m_ladderModel, m_tabs);

    const QString name = m_session->planName().isEmpty() ? QFileInfo(m_session->path()).completeBaseName()
                                                         : m_session->planName();
    setWindowTitle(tr("%1 — Career Planner").arg(name));
    m_pathLabel->setText(m_session->path());
    m_ladderSelector->setCurrentIndex(m_ladderModel->rowCount() > 0 ? 0 : -1);
    showLadder(m_ladderSelector->currentIndex());
}

bool MainWindow::openPlan(const QString &path)
{
    QString error;
    std::unique_ptr<PlanSession> session = PlanSession::open(path, &error);
    if (!session) {
        reportFailure(tr("The plan could not be opened."), error);
        return false;
    }
    detachSession();
    m_session = std::move(session);
    attachSession();
    statusBar()->showMessage(tr("Opened %1").arg(path), 4000);
    return true;
}

void MainWindow::showLadder(int ladderIndex)
{
    m_levelModel->setLadderIndex(ladderIndex);
    if (m_levelModel->rowCount() > 0)
        m_levelTable->resizeColumnsToContents();
    updateDetails();
}

int MainWindow::currentLevelRow() const
{
    const QModelIndex current = m_levelTable->selectionModel() ? m_levelTable->selectionModel()->currentIndex()
                                                               : QModelIndex();
    return current.isValid() ? current.row() : -1;
}

void MainWindow::selectLevel(int row)
{
    if (row < 0 || row >= m_levelModel->rowCount())
        return;
    m_levelTable->setCurrentIndex(m_levelModel->index(row, LevelTableModel::TitleColumn));
    m_levelTable->selectRow(row);
}

void MainWindow::updateDetails()
{
    const int ladderIndex = m_levelModel->ladderIndex();
    if (ladderIndex < 0 || ladderIndex >= m_session->ladders().size())
        m_details->clearView();
    else if (currentLevelRow() < 0)
        m_details->showLadder(m_session->ladders().at(ladderIndex));
    else
        m_details->showLevel(m_session->ladders().at(ladderIndex), currentLevelRow());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool hasLadder = m_levelModel->ladderIndex() >= 0;
    const bool hasLevel = hasLadder && currentLevelRow() >= 0;
    m_editLevelAction->setEnabled(hasLevel);
    m_removeLevelAction->setEnabled(hasLevel);
    m_addLevelAction->setEnabled(hasLadder);
    m_removeLadderAction->setEnabled(hasLadder);
    m_exportChartAction->setEnabled(currentChartView() != nullptr);
}

ChartView *MainWindow::currentChartView() const
{
    QWidget *page = m_tabs ? m_tabs->currentWidget() : nullptr;
    return page ? page->findChild<ChartView *>() : nullptr;
}

void MainWindow::reportFailure(const QString &what, const QString &error)
{
    statusBar()->showMessage(error, 8000);
    QMessageBox::warning(this, tr("Career Planner"), QStringLiteral("%1\n\n%2").arg(what, error));
}

void MainWindow::chooseAndOpenPlan()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Plan"), QFileInfo(m_session->path()).absolutePath(),
        tr("Career plans (*.%1);;All files (*)").arg(PlanDatabase::fileExtension()));
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::editLevel()
{
    const int ladderIndex = m_levelModel->ladderIndex();
    const int row = currentLevelRow();
    if (ladderIndex < 0 || row < 0)
        return;
    LevelEditDialog dialog(m_session->ladders().at(ladderIndex).levels.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_session->updateLevel(ladderIndex, row, dialog.level(), &error))
        reportFailure(tr("The level was not changed."), error);
    else
        statusBar()->showMessage(tr("Saved “%1”.").arg(dialog.level().title), 4000);
}

void MainWindow::addLevel()
{
    const int ladderIndex = m_levelModel->ladderIndex();
    if (ladderIndex < 0)
        return;
    LevelEditDialog dialog(CareerLevel(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // New levels go above the selected one (ladders run lowest first), or at the top.
    const int row = currentLevelRow() >= 0 ? currentLevelRow() + 1 : m_levelModel->rowCount();
    QString error;
    if (!m_session->insertLevel(ladderIndex, row, dialog.level(), &error)) {
        reportFailure(tr("The level was not added."), error);
        return;
    }
    selectLevel(row);
    statusBar()->showMessage(tr("Added “%1”.").arg(dialog.level().title), 4000);
}

void MainWindow::removeLevel()
{
    const int ladderIndex = m_levelModel->ladderIndex();
    const int row = currentLevelRow();
    if (ladderIndex < 0 || row < 0)
        return;
    const QString title = m_session->ladders().at(ladderIndex).levels.at(row).title;
    if (QMessageBox::question(this, tr("Remove Level"),
                              tr("Remove “%1” and its bands from this plan?").arg(title))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_session->removeLevel(ladderIndex, row, &error))
        reportFailure(tr("The level was not removed."), error);
    else
        statusBar()->showMessage(tr("Removed “%1”.").arg(title), 4000);
}

void MainWindow::addLadder()
{
    QStringList names;
    for (const CareerLadder &ladder : m_session->ladders())
        names.append(ladder.name);
    LadderDialog dialog(names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_session->addLadder(dialog.ladder(), &error)) {
        reportFailure(tr("The ladder was not added."), error);
        return;
    }
    m_ladderSelector->setCurrentIndex(m_ladderModel->rowCount() - 1);
    statusBar()->showMessage(tr("Added the ladder “%1”. Add its levels with Level ▸ Add Level.")
                                 .arg(dialog.ladder().name),
                             6000);
}

void MainWindow::removeLadder()
{
    const int ladderIndex = m_levelModel->ladderIndex();
    if (ladderIndex < 0)
        return;
    const QString name = m_session->ladders().at(ladderIndex).name;
    if (QMessageBox::question(this, tr("Remove Ladder"),
                              tr("Remove the ladder “%1” with all its levels from this plan?").arg(name))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_session->removeLadder(ladderIndex, &error)) {
        reportFailure(tr("The ladder was not removed."), error);
        return;
    }
    m_ladderSelector->setCurrentIndex(m_ladderModel->rowCount() > 0 ? 0 : -1);
    showLadder(m_ladderSelector->currentIndex()); // the index may not have changed, the ladder has
    statusBar()->showMessage(tr("Removed the ladder “%1”.").arg(name), 4000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Career Planner"),
                       tr("<h3>Career Planner %1</h3><p>Plan your own progression up a program or product "
                          "management career ladder.</p><p>Reference ladders are drawn from the career "
                          "guides named as each figure's source.</p>")
                           .arg(QStringLiteral(CAREERPLANNER_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    event->accept();
}

} // namespace careerplanner
