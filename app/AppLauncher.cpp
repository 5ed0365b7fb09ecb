#include "app/AppLauncher.h"

#include "app/ChartCommand.h"
#include "app/PromotionCaseCommand.h"
#include "app/CommandLine.h"
#include "app/HeadlessCommands.h"
#include "app/AfterFirstPaint.h"
#include "app/QuitAfterFirstPaint.h"

#include "core/settings/AppSettings.h"
#include "ui/widgets/Appearance.h"
#include "ui/MainWindow.h"
#include "core/plan/PlanFactory.h"
#include "ui/PlanRefusalDialog.h"
#include "core/plan/PlanSession.h"
#include "core/plan/PlanSessionLoader.h"
#include "ui/report/ReportWriter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMessageBox>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace careerplanner {

namespace {

void describeApplication()
{
    // Settings go to ~/.config/careerplanner/careerplanner.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("careerplanner"));
    QCoreApplication::setApplicationName(QStringLiteral("careerplanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREERPLANNER_VERSION));
}

// Headless drawing runs where there is often no session runtime folder (CI, cron, root);
// Qt's warning about it is noise on the one-line-error stderr of a command.
QtMessageHandler defaultMessageHandler = nullptr;

void dropRuntimeDirNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    defaultMessageHandler(type, context, message);
}

// The plan read, its whole-file check left running while the window is built from it:
// the caller must see PlanSession::verified() pass before showing the window.
std::unique_ptr<PlanSession> openSession(const QString &file, QString *error)
{
    constexpr auto deferred = PlanDatabase::ContentCheck::ReportsLast;
    if (!file.isEmpty())
        return PlanSession::open(file, error, deferred);
    // A default plan chosen in the preferences is opened, never silently replaced by a new one.
    const QString chosen = AppSettings().defaultPlan();
    if (!chosen.isEmpty())
        return PlanSession::open(chosen, error, deferred);
    // The default plan is made with the reference ladders on first run.
    std::unique_ptr<PlanDatabase> plan = PlanFactory::openOrCreateDefault(error, deferred);
    return plan ? PlanSession::load(std::move(plan), error) : nullptr;
}

// The plan a start-up without FILE opens, as openSession chooses it.
QString planToOpen(const QString &file)
{
    if (!file.isEmpty())
        return file;
    const QString chosen = AppSettings().defaultPlan();
    return chosen.isEmpty() ? PlanFactory::defaultPlanPath() : chosen;
}

// Says why the plan is refused; the path of a cleaned copy if the user saved one.
QString refuse(const QString &planPath, const QString &error, bool quietly)
{
    QTextStream(stderr) << "careerplanner: " << error << Qt::endl;
    return quietly ? QString() : PlanRefusalDialog::show(nullptr, planPath, error);
}

// The window is up while the whole file is checked (ContentCheck::ReportsLast): a plan that
// fails is let go unchanged, with the reason, as one refused at start-up; one that passes
// gets the welcome, if it is offered.
// The view the window paints first: the dashboard, or the ladders when no plan page is made.
QWidget *firstView(MainWindow *window)
{
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    return tabs && tabs->currentWidget() ? tabs->currentWidget() : window;
}

void settleOrRefuse(MainWindow *window, bool quietly)
{
    // The whole check starts once the first view is painted; until then it only slowed it.
    AfterFirstPaint::run(firstView(window), [window] {
        if (PlanSession *session = window->session())
            session->startWholeCheck();
    });
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, quietly] {
        PlanSession *session = window->session();
        if (session && session->settling())
            return;
        poll->deleteLater();
        QString error;
        if (!session || session->settled(&error)) {
            if (!quietly)
                window->offerWelcome(); // over the user's own plan, once it may be written
            return;
        }
        window->hide();
        const QString cleaned = refuse(session->path(), error, quietly);
        if (!cleaned.isEmpty() && window->openPlan(cleaned))
            window->show();
        else
            QApplication::exit(1);
    });
    poll->start(10);
}

} // namespace

int AppLauncher::run(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine command = CommandLine::parse(arguments);

    if (command.needsGui()) {
        // Drawing needs a GUI application but no display: offscreen unless told otherwise.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultMessageHandler = qInstallMessageHandler(dropRuntimeDirNoise); // Qt's default, never null
        QApplication app(argc, argv);
        describeApplication();
        QTextStream err(stderr);
        if (command.mode == CommandLine::Mode::Report)
            return ReportWriter::runCommand(command.file, command.output, err);
        if (command.mode == CommandLine::Mode::PromotionCase)
            return PromotionCaseCommand::run(command, err);
        return ChartCommand::run(command, err);
    }
    if (command.isHeadless()) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return HeadlessCommands::run(command, out, err);
    }

    QApplication app(argc, argv);
    describeApplication();
    // The plan is read on another thread while the window's frame is made here.
    PlanSessionLoader loader([file = command.file](QString *error) { return openSession(file, error); });
    QApplication::setApplicationDisplayName(QObject::tr("Career Planner"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/careerplanner/icons/careerplanner.svg")));
    Appearance::applySaved();
    auto window = std::make_unique<MainWindow>();

    QString error;
    std::unique_ptr<PlanSession> session = loader.take(&error);
    QString refusedPlan = planToOpen(command.file);
    if (session) {
        PlanSession *opened = session.get();
        refusedPlan = opened->path();
        window->setSession(std::move(session));
        if (opened->verified(&error))
            refusedPlan.clear();
        else
            window = std::make_unique<MainWindow>(); // its plan let go before the message box's event loop runs
    }
    if (!refusedPlan.isEmpty()) {
        // A cleaned copy the user saves instead is opened as any plan is.
        const QString cleaned = refuse(refusedPlan, error, command.quitAfterStartup);
        std::unique_ptr<PlanSession> copy = cleaned.isEmpty() ? nullptr : PlanSession::open(cleaned, &error);
        if (!copy) {
            if (!cleaned.isEmpty())
                QMessageBox::warning(nullptr, QObject::tr("Career Planner"), error);
            return 1;
        }
        window->setSession(std::move(copy));
    }
    QuitAfterFirstPaint quitter;
    if (command.quitAfterStartup)
        firstView(window.get())->installEventFilter(&quitter);
    window->show();
    settleOrRefuse(window.get(), command.quitAfterStartup);
    return QApplication::exec();
}

} // namespace careerplanner
