#include "ui/MainWindow.h"

#include "ui/AboutBox.h"
#include "ui/widgets/ActionSpec.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/ElidedTextToolTips.h"
#include "ui/widgets/UserGuide.h"
#include "core/settings/AppSettings.h"
#include "ui/charts/ChartView.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/ladders/LadderBrowserPage.h"
#include "ui/ladders/LadderListModel.h"
#include "core/storage/PlanDatabase.h"
#include "ui/undo/PlanEditCommand.h"
#include "ui/undo/UndoHistoryDock.h"
#include "core/base/DisplayText.h"
#include "core/base/FileIdentity.h"
#include "ui/PlanFileDialogs.h"
#include "ui/PlanActions.h"
#include "ui/PlanOutputActions.h"
#include "ui/PlanRefusalDialog.h"
#include "core/plan/PlanSession.h"
#include "ui/PreferencesDialog.h"
#include "ui/NavigationPane.h"
#include "ui/RecentPlansMenu.h"
#include "ui/SampleWindow.h"
#include "ui/SessionPages.h"
#include "ui/welcome/WelcomeWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

namespace careerplanner {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_ladderPage = new LadderBrowserPage(m_tabs);
    m_ladderPage->setObjectName(QStringLiteral("laddersPage"));
    m_tabs->addTab(m_ladderPage, tr("Ladders"));
    m_navigation = new NavigationPane(m_tabs, this);
    auto *central = new QSplitter(this);
    central->addWidget(m_navigation);
    central->addWidget(m_tabs);
    central->setStretchFactor(1, 1);
    central->setChildrenCollapsible(false);
    central->setSizes({ 180, 1100 }); // the side bar as wide as its names, the page the rest
    setCentralWidget(central);
    connect(m_ladderPage, &LadderBrowserPage::statusMessage, statusBar(), &QStatusBar::showMessage);

    m_pathLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_pathLabel);

    createActions();
    createUndoHistory();
    createMenus();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    // "Daily while in use": a window left open overnight backs up the new day too.
    auto *backupTimer = new QTimer(this);
    backupTimer->setInterval(std::chrono::hours(1));
    connect(backupTimer, &QTimer::timeout, this, &MainWindow::backUpIfDue);
    backupTimer->start();

    ElidedTextToolTips::install();
    const AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        Appearance::fitOnScreen(this, { 1280, 760 });
    m_ladderPage->restoreSplitterState(settings.ladderSplitterState());
}

MainWindow::MainWindow(std::unique_ptr<PlanSession> session, QWidget *parent)
    : MainWindow(parent)
{
    setSession(std::move(session));
}

void MainWindow::setSession(std::unique_ptr<PlanSession> session)
{
    Q_ASSERT(!m_session); // later plans come through openPlan, which lets go of the one before
    m_session = std::move(session);
    attachSession();
    // Once the window runs, not now: the plan may still fail the check that runs
    // meanwhile (see AppLauncher), and is then neither listed nor backed up.
    QTimer::singleShot(0, m_session.get(), [this] { acceptSession(); });
}

MainWindow::~MainWindow()
{
    detachSession();
}

void MainWindow::attachSession()
{
    // The ladder list lives as long as the session it presents; pages share it.
    m_ladderModel = new LadderListModel(m_session.get(), m_session.get());
    m_ladderPage->setSession(m_session.get(), m_ladderModel);
    makePages();

    const QString name
        = m_session->planName().isEmpty() ? QFileInfo(m_session->path()).completeBaseName() : m_session->planName();
    setWindowTitle(tr("%1 — Career Planner").arg(DisplayText::shortened(name)));
    m_pathLabel->setText(m_session->path());
    connect(m_session.get(), &PlanSession::editRecorded, this,
            [this](const QString &description, qint64 first, qint64 last) {
                m_undoStack->push(
                    new PlanEditCommand(m_session.get(), description, { first, last }, [this](const QString &error) {
                        QMessageBox::warning(this, tr("Undo"), error);
                    }));
            });
    updateActions();
}

void MainWindow::makePages()
{
    m_pages = std::make_unique<SessionPages>(m_session.get(), m_ladderModel, m_tabs);
    connect(m_pages->dashboard(), &DashboardPage::setUpRequested, this, &MainWindow::setUpPlan);
    m_navigation->refill();
}

void MainWindow::acceptSession()
{
    // Never for a plan that failed its check, even if an event loop (a message box about
    // it) runs this before the window goes.
    // A plan still being checked whole (ContentCheck::ReportsLast) cannot be written yet.
    if (m_session->settling()) {
        QTimer::singleShot(10, m_session.get(), [this] { acceptSession(); });
        return;
    }
    QString refused;
    if (!m_session->settled(&refused))
        return;
    AppSettings().addRecentPlan(m_session->path());
    backUpIfDue();
    // A journal found beside the plan was dealt with on opening: the user hears what was done.
    if (!m_session->recoveryNotice().isEmpty()) {
        statusBar()->showMessage(m_session->recoveryNotice(), 15000);
        QMessageBox::information(this, tr("Career Planner"), m_session->recoveryNotice());
    }
}

void MainWindow::chooseAndCreatePlan()
{
    std::unique_ptr<PlanSession> session = PlanFileDialogs::createPlan(this, m_session->path());
    if (!session)
        return;
    const QString path = session->path();
    adopt(std::move(session));
    statusBar()->showMessage(tr("Created %1; File ▸ Set Up My Plan puts you on its ladder.").arg(path), 6000);
}

void MainWindow::offerWelcome()
{
    if (m_session && WelcomeWizard::offerOnce(*m_session))
        setUpPlan();
}

void MainWindow::setUpPlan()
{
    switch (WelcomeWizard::run(m_session.get(), this)) {
    case WelcomeWizard::Choice::SetUp:
        m_pages->showDashboard();
        statusBar()->showMessage(tr("Your plan is set up; Edit ▸ Undo takes it back."), 8000);
        break;
    case WelcomeWizard::Choice::OwnLadder:
        m_tabs->setCurrentWidget(m_ladderPage);
        m_ladderPage->addLadder();
        break;
    case WelcomeWizard::Choice::Sample:
        SampleWindow::open(this);
        break;
    case WelcomeWizard::Choice::NotNow:
        break;
    }
}

void MainWindow::backUpIfDue()
{
    QString error;
    if (m_session && !m_session->backupIfDue(QDate::currentDate(), &error))
        statusBar()->showMessage(tr("Today's backup could not be made: %1").arg(error), 8000);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Figures are formatted as pages are built: the plan's pages are made again in the new
    // locale, on the same tab.
    const int tab = m_tabs->currentIndex();
    m_pages.reset(); // first, so that the new pages take the same places
    makePages();
    m_tabs->setCurrentIndex(tab);
    for (QWidget *widget : QApplication::allWidgets())
        widget->update();
}

void MainWindow::adopt(std::unique_ptr<PlanSession> session)
{
    detachSession();
    m_session = std::move(session);
    attachSession();
    acceptSession();
}

void MainWindow::detachSession()
{
    // Views and pages let go before the session and its models do, so that nothing asks
    // a half-destroyed session for data.
    m_ladderPage->clearSession();
    m_undoStack->clear(); // its steps belong to the plan going away
    m_pages.reset();
    m_session.reset();
}

void MainWindow::createActions()
{
    const auto key = [](QKeySequence::StandardKey standard) { return QList<QKeySequence> { QKeySequence(standard) }; };
    m_newAction = makeAction(
        { tr("&New Plan…"), {}, key(QKeySequence::New), tr("Start a plan of your own, with the reference ladders") },
        this, &MainWindow::chooseAndCreatePlan);
    m_openAction = makeAction({ tr("&Open Plan…"), {}, key(QKeySequence::Open), tr("Open another plan file") }, this,
                              &MainWindow::chooseAndOpenPlan);
    m_setUpAction = makeAction({ tr("Set &Up My Plan…"),
                                 QStringLiteral("setUpPlanAction"),
                                 {},
                                 tr("Where you stand, what you are paid and where you aim: your path, pay and "
                                    "dashboard from a few answers") },
                               this, &MainWindow::setUpPlan);
    m_outputs = new PlanOutputActions(this, [this] { return m_session.get(); });
    m_planActions = new PlanActions(this, [this] { return m_pages.get(); });
    connect(m_outputs, &PlanOutputActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_exportChartAction = makeAction({ tr("&Export Chart…"),
                                       QStringLiteral("exportChartAction"),
                                       { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) },
                                       tr("Save the chart on this page as a PNG or SVG file") },
                                     this, [this] {
                                         if (ChartView *view = currentChartView())
                                             view->saveAs();
                                     });
    // One window per plan, and every change already saved: closing the plan is closing its window.
    m_closeAction = makeAction(
        { tr("&Close"), {}, key(QKeySequence::Close), tr("Close this plan's window; every change is already saved") },
        this, &QWidget::close);
    // QKeySequence::Quit is empty in some key schemes; Ctrl+Q is what Linux users expect.
    m_quitAction = makeAction({ tr("&Quit"), {}, { QKeySequence(Qt::CTRL | Qt::Key_Q) }, {} }, this, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });

    m_preferencesAction = makeAction({ tr("&Preferences…"),
                                       QStringLiteral("preferencesAction"),
                                       { QKeySequence(Qt::CTRL | Qt::Key_Comma) },
                                       tr("Theme, figures, currency, default plan and chart defaults") },
                                     this, &MainWindow::editPreferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_ratesAction = makeAction({ tr("&Currencies and Exchange Rates…"),
                                 QStringLiteral("exchangeRatesAction"),
                                 {},
                                 tr("The currency the plan is shown in, and your rates between currencies") },
                               this, [this] { m_pages->openExchangeRates(); });
    m_aboutAction = makeAction({ tr("&About Career Planner"), {}, {}, {} }, this, [this] { AboutBox::show(this); });
    m_guideAction = makeAction({ tr("&User Guide"),
                                 QStringLiteral("userGuideAction"),
                                 { QKeySequence(QKeySequence::HelpContents) },
                                 tr("The manual, at the section about the page shown") },
                               this, [this] { UserGuide::showSection(m_navigation->currentTitle(), this); });
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    auto *recent = new RecentPlansMenu(file);
    connect(recent, &RecentPlansMenu::planChosen, this, &MainWindow::openPlan);
    file->addMenu(recent);
    file->addAction(m_setUpAction);
    file->addActions(m_outputs->copyActions());
    file->addAction(m_exportChartAction);
    file->addSeparator();
    file->addActions(m_outputs->importActions());
    file->addSeparator();
    file->addActions(m_outputs->reportActions());
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_historyAction);
    edit->addSeparator();
    edit->addAction(m_ratesAction);
    edit->addAction(m_preferencesAction);
    menuBar()->addMenu(tr("&Level"))->addActions(m_ladderPage->levelActions());
    menuBar()->addMenu(tr("La&dder"))->addActions(m_ladderPage->ladderActions());
    QMenu *plan = menuBar()->addMenu(tr("&Plan"));
    plan->addActions(m_planActions->actions());
    addActions(m_planActions->actions());
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_navigation->pageActions());
    view->addSeparator();
    view->addAction(m_navigation->findAction());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guideAction);
    help->addAction(m_aboutAction);
    addActions(m_navigation->pageActions());
    addActions({ m_navigation->findAction(), m_guideAction });
    addActions(m_outputs->copyActions() + m_outputs->reportActions());
    // Window-wide shortcuts also for actions that live only in a menu.
    addActions({ m_newAction, m_openAction, m_exportChartAction, m_closeAction, m_quitAction, m_undoAction,
                 m_redoAction, m_historyAction, m_preferencesAction });
}

bool MainWindow::openPlan(const QString &path)
{
    // The same file under another name (a link) is the same plan too.
    if (m_session && FileIdentity::of(path) == FileIdentity::of(m_session->path())) {
        statusBar()->showMessage(tr("%1 is the plan already open.").arg(path), 4000);
        return true;
    }
    QString error;
    std::unique_ptr<PlanSession> session = PlanSession::open(path, &error);
    if (!session) {
        statusBar()->showMessage(error, 8000);
        const QString cleaned = PlanRefusalDialog::show(this, path, error);
        return !cleaned.isEmpty() && openPlan(cleaned);
    }
    adopt(std::move(session));
    statusBar()->showMessage(tr("Opened %1").arg(path), 4000);
    return true;
}

void MainWindow::updateActions()
{
    m_exportChartAction->setEnabled(currentChartView() != nullptr);
}

ChartView *MainWindow::currentChartView() const
{
    return ChartView::shownIn(m_tabs->currentWidget());
}

void MainWindow::chooseAndOpenPlan()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Plan"), QFileInfo(m_session->path()).absolutePath(),
                                       tr("Career plans (*.%1);;All files (*)").arg(PlanDatabase::fileExtension()));
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::createUndoHistory()
{
    auto *dock = new UndoHistoryDock(m_undoStack, this);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    m_historyAction = dock->toggleViewAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setLadderSplitterState(m_ladderPage->splitterState());
    event->accept();
}

} // namespace careerplanner
