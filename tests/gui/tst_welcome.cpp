// The welcome on first run: through it with the keyboard alone to a dashboard of the
// user's own figures, one undo step; offered once; the sample beside the user's plan,
// which it leaves as it was; the user's own ladder made first; someone not on the ladder
// yet; and empty pages that say what to do first.
#include "WindowTestSupport.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "ui/MainWindow.h"
#include "ui/charts/ChartView.h"
#include "ui/widgets/EmptyStateStack.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWizard>

using namespace careerplanner;

class TestWelcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void setsUpMyPlanWithTheKeyboardAlone();
    void notYetOnTheLadderStartsWithGettingHired();
    void isOfferedOnceAndNotOverAPlanWithAProfile();
    void sampleOpensBesideMyPlanAndLeavesItAsItWas();
    void myCompanysOwnLadderIsMadeFirst();
    void emptyPagesSayWhatToDoFirst();

private:
    // Sends key to the dialog's widget with the keyboard focus, as a person typing does.
    static void press(QDialog *dialog, Qt::Key key);
    static void type(QDialog *dialog, const QString &text);
    QByteArray planDigest() const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestWelcome::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestWelcome::init()
{
    // Each test is a first run: no settings yet, a new plan with nothing but the ladders.
    QSettings().clear();
    m_dir = new QTemporaryDir;
    const QString path = m_dir->filePath(QStringLiteral("mine.careerplan"));
    QString error;
    QVERIFY2(PlanFactory::createWithReferenceLadders(path, &error), qPrintable(error));
    m_window = guitest::openWindow(path, &error);
    QVERIFY2(m_window, qPrintable(error));
}

void TestWelcome::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestWelcome::press(QDialog *dialog, Qt::Key key)
{
    QWidget *focus = dialog->focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, key);
}

void TestWelcome::type(QDialog *dialog, const QString &text)
{
    QTest::keyClicks(dialog->focusWidget(), text);
}

QByteArray TestWelcome::planDigest() const
{
    QFile file(m_window->session()->path());
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

void TestWelcome::setsUpMyPlanWithTheKeyboardAlone()
{
    const QDate today = QDate::currentDate();
    const bool seen = guitest::withDialog(
        m_window,
        [](QDialog *dialog) {
            QVERIFY(qobject_cast<QWizard *>(dialog));
            // Where I stand: Program Management (first), two levels down to Senior Program
            // Manager, since two months before the month a year ago that is offered.
            press(dialog, Qt::Key_Tab); // past "not on this ladder yet", left as it is
            press(dialog, Qt::Key_Tab);
            press(dialog, Qt::Key_Down);
            press(dialog, Qt::Key_Down);
            press(dialog, Qt::Key_Tab);
            press(dialog, Qt::Key_Down);
            press(dialog, Qt::Key_Down);
            press(dialog, Qt::Key_Return);
            // What I am paid.
            type(dialog, QStringLiteral("150,000"));
            press(dialog, Qt::Key_Tab);
            type(dialog, QStringLiteral("190k"));
            press(dialog, Qt::Key_Return);
            // Where I aim: the Vice President, as offered.
            auto *target = dialog->findChild<QComboBox *>(QStringLiteral("welcomeTarget"));
            QVERIFY(target && target->isVisible());
            QCOMPARE(target->currentText(), QStringLiteral("Vice President of Program Management"));
            press(dialog, Qt::Key_Return);
            QVERIFY(!dialog->isVisible());
        },
        [this] { m_window->offerWelcome(); });
    QVERIFY(seen);

    const QDate offered = QDate(today.year(), today.month(), 1).addYears(-1);
    PlanSession *session = m_window->session();
    const Profile &profile = session->pathStore().profile();
    QCOMPARE(profile.ladderName, QStringLiteral("Program Management"));
    QCOMPARE(profile.levelTitle, QStringLiteral("Senior Program Manager"));
    QCOMPARE(profile.levelStart, offered.addMonths(-2));
    // The path from the level held to the Vice President, its first step the level held.
    const QList<Scenario> &paths = session->pathStore().scenarios();
    QCOMPARE(paths.size(), 1);
    QCOMPARE(paths.constFirst().steps.constFirst().levelTitle, QStringLiteral("Senior Program Manager"));
    QCOMPARE(paths.constFirst().steps.constLast().levelTitle, QStringLiteral("Vice President of Program Management"));
    // This year's pay, and the current job at the same pay.
    const QList<PayRecord> &years = session->payStore().payHistory();
    QCOMPARE(years.size(), 1);
    QCOMPARE(years.constFirst().year, today.year());
    QCOMPARE(years.constFirst().base, 15'000'000);
    QCOMPARE(years.constFirst().bonus, 4'000'000);
    QCOMPARE(session->payStore().payPackages().size(), 1);
    QCOMPARE(session->payStore().payPackages().constFirst().baseSalary, 15'000'000);

    // The dashboard, shown now, is about me.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Dashboard"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("dashboardLevel"))->text(),
             QStringLiteral("Senior Program Manager (Program Management)"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("dashboardPay"))->text().contains(QStringLiteral("$150,000")));
    // $150,000 in the band from $110,000 to the $200,000 open top: 44 % of the way.
    QCOMPARE(m_window->findChild<QProgressBar *>(QStringLiteral("dashboardBandPosition"))->value(), 44);

    // One undo step takes it all back.
    auto *undo = m_window->findChild<QUndoStack *>();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QVERIFY(session->pathStore().profile().isEmpty());
    QVERIFY(session->pathStore().scenarios().isEmpty());
    QVERIFY(session->payStore().payHistory().isEmpty());
    QVERIFY(session->payStore().payPackages().isEmpty());
}

void TestWelcome::notYetOnTheLadderStartsWithGettingHired()
{
    QVERIFY(guitest::withDialog(
        m_window,
        [](QDialog *dialog) {
            press(dialog, Qt::Key_Down); // Product Management, whose guide gives its hiring stages
            press(dialog, Qt::Key_Tab);
            press(dialog, Qt::Key_Space); // not on this ladder yet
            QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("welcomeOutside"))->isChecked());
            press(dialog, Qt::Key_Tab); // the level to be hired at: Product Manager, the first
            press(dialog, Qt::Key_Return);
            type(dialog, QStringLiteral("95,000")); // the pay of the job held now
            press(dialog, Qt::Key_Return);
            press(dialog, Qt::Key_Return); // the target offered
            QVERIFY(!dialog->isVisible());
        },
        [this] { m_window->offerWelcome(); }));
    PlanSession *session = m_window->session();
    const Profile &profile = session->pathStore().profile();
    QCOMPARE(profile.ladderName, QStringLiteral("Product Management"));
    QVERIFY(profile.levelTitle.isEmpty()); // no level held on it
    QVERIFY(!profile.levelStart.isValid());
    // The path's first step is being hired, in six months, through the guide's stages.
    const QDate today = QDate::currentDate();
    const PathStep &hired = session->pathStore().scenarios().constFirst().steps.constFirst();
    QCOMPARE(hired.levelTitle, QStringLiteral("Product Manager"));
    QCOMPARE(hired.targetDate, QDate(today.year(), today.month(), 1).addMonths(6));
    QStringList titles;
    for (const Milestone &milestone : hired.milestones) {
        titles.append(milestone.title);
        QVERIFY(milestone.dueDate > today && milestone.dueDate < hired.targetDate);
    }
    QCOMPARE(titles, (QStringList { "First phone screen", "Second phone screen", "Writing assessment", "Interview loop",
                                    "Decision", "Hired as Product Manager" }));
    // This year's pay is for the job held now, on none of the plan's levels.
    const PayRecord &year = session->payStore().payHistory().constFirst();
    QVERIFY(year.levelTitle.isEmpty());
    QCOMPARE(year.base, 9'500'000);
    QCOMPARE(session->payStore().payPackages().constFirst().name, QStringLiteral("Current job"));
    // The dashboard says where I am: not on the ladder yet, on my way to be hired.
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("dashboardLevel"))->text(),
             QStringLiteral("Not on the ladder yet"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("dashboardSince"))
                ->text()
                .contains(QStringLiteral("hired as Product Manager")));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("dashboardSetUp"))->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("dashboardConversationDue"))->isVisible());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("dashboardNext"))->text(), QStringLiteral("Product Manager"));
    QCOMPARE(qobject_cast<QGroupBox *>(m_window->findChild<QLabel *>(QStringLiteral("dashboardNext"))->parentWidget())
                 ->title(),
             QStringLiteral("Next step: getting hired"));

    // Hired (recorded as the promotion onto the ladder, today): the level held from now on.
    Promotion hire;
    hire.date = today;
    hire.ladderName = profile.ladderName;
    hire.levelTitle = QStringLiteral("Product Manager");
    QString error;
    QVERIFY2(session->pathStore().addPromotion(hire, &error), qPrintable(error));
    QCOMPARE(session->pathStore().profile().levelTitle, QStringLiteral("Product Manager"));
    QCOMPARE(session->pathStore().profile().levelStart, today);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("dashboardLevel"))->text(),
             QStringLiteral("Product Manager (Product Management)"));
}

void TestWelcome::isOfferedOnceAndNotOverAPlanWithAProfile()
{
    // "Not now" (Escape) leaves the plan as it was, and the welcome does not come back.
    const QByteArray before = planDigest();
    QVERIFY(guitest::withDialog(
        m_window, [](QDialog *dialog) { press(dialog, Qt::Key_Escape); }, [this] { m_window->offerWelcome(); }));
    QVERIFY(m_window->session()->pathStore().profile().isEmpty());
    QCOMPARE(planDigest(), before);
    QVERIFY(!guitest::withDialog(
        m_window, [](QDialog *) {}, [this] { m_window->offerWelcome(); }));

    // On a fresh first run, a plan that knows its user already is not interrupted.
    QSettings().clear();
    QString error;
    const QString sample = m_dir->filePath(QStringLiteral("known.careerplan"));
    QVERIFY(PlanFactory::createSample(sample, &error));
    QVERIFY(m_window->openPlan(sample));
    QVERIFY(!guitest::withDialog(
        m_window, [](QDialog *) {}, [this] { m_window->offerWelcome(); }));

    // File ▸ Set Up My Plan opens it again, whenever asked.
    auto *setUp = m_window->findChild<QAction *>(QStringLiteral("setUpPlanAction"));
    QVERIFY(setUp);
    QVERIFY(guitest::withDialog(
        m_window, [](QDialog *dialog) { QVERIFY(qobject_cast<QWizard *>(dialog)); }, [setUp] { setUp->trigger(); }));
}

void TestWelcome::sampleOpensBesideMyPlanAndLeavesItAsItWas()
{
    const QByteArray before = planDigest();
    const QString mine = m_window->session()->path();
    QVERIFY(guitest::withDialog(
        m_window,
        [](QDialog *dialog) {
            auto *wizard = qobject_cast<QWizard *>(dialog);
            QVERIFY(wizard);
            QTest::mouseClick(wizard->button(QWizard::CustomButton1), Qt::LeftButton);
        },
        [this] { m_window->offerWelcome(); }));
    auto *sample = qobject_cast<MainWindow *>(QApplication::activeWindow());
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    const auto found = std::find_if(windows.cbegin(), windows.cend(), [](QWidget *w) {
        return w->objectName() == QLatin1String("sampleWindow") && w->isVisible();
    });
    QVERIFY(found != windows.cend());
    sample = qobject_cast<MainWindow *>(*found);
    QCOMPARE(sample->session()->path(), PlanFactory::samplePlanPath());
    QVERIFY(!sample->session()->pathStore().profile().isEmpty()); // the sample's own person
    // My plan is in my window, as it was, byte for byte.
    QCOMPARE(m_window->session()->path(), mine);
    QVERIFY(m_window->session()->pathStore().profile().isEmpty());
    QCOMPARE(planDigest(), before);
    sample->close(); // deletes itself
    QTRY_VERIFY(!QApplication::topLevelWidgets().contains(sample));
}

void TestWelcome::myCompanysOwnLadderIsMadeFirst()
{
    // The ladder's form opens after the welcome has closed: wait for it, then close it.
    QString formTitle;
    auto *poll = new QTimer(m_window);
    connect(poll, &QTimer::timeout, m_window, [&formTitle, poll] {
        auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!form || qobject_cast<QWizard *>(form))
            return;
        formTitle = form->windowTitle();
        poll->stop();
        form->reject();
    });
    QVERIFY(guitest::withDialog(
        m_window,
        [poll](QDialog *dialog) {
            auto *ladder = dialog->findChild<QComboBox *>(QStringLiteral("welcomeLadder"));
            QVERIFY(ladder);
            ladder->setFocus();
            press(dialog, Qt::Key_End); // "My company's own ladder", the last choice
            QVERIFY(ladder->currentText().startsWith(QStringLiteral("My company's own ladder")));
            // It ends the welcome here: Finish, and the new ladder's form opens.
            poll->start(10);
            QVERIFY(qobject_cast<QWizard *>(dialog)->button(QWizard::FinishButton)->isVisible());
            press(dialog, Qt::Key_Return);
        },
        [this] { m_window->offerWelcome(); }));
    QCOMPARE(formTitle, QStringLiteral("New Ladder"));
    QVERIFY(m_window->session()->pathStore().profile().isEmpty());
}

void TestWelcome::emptyPagesSayWhatToDoFirst()
{
    // Each page of a plan with nothing in it yet says what it will show, offers the first
    // step, and draws no chart with an empty axis.
    const QList<std::pair<QString, QString>> pages {
        { QStringLiteral("My path"), QStringLiteral("pathEmpty") },
        { QStringLiteral("Pay packages"), QStringLiteral("payPackagesEmpty") },
        { QStringLiteral("Pay history"), QStringLiteral("payHistoryEmpty") },
    };
    for (const auto &[tab, name] : pages) {
        QVERIFY(guitest::showTab(m_window, tab));
        auto *empty = m_window->findChild<EmptyStateStack *>(name);
        QVERIFY2(empty && empty->isVisible() && empty->isShowingEmpty(), qPrintable(tab));
        QVERIFY2(empty->emptyText().size() > 40, qPrintable(tab));
        QVERIFY2(empty->firstStepButton()->isVisible(), qPrintable(tab));
        // and links to the user guide's section about the page
        QVERIFY2(empty->findChild<QLabel *>(QStringLiteral("emptyStateGuideLink"))->isVisible(), qPrintable(tab));
        for (const ChartView *chart : m_window->findChildren<ChartView *>())
            QVERIFY2(!chart->isVisible(), qPrintable(tab));
    }
    // The first step is the page's own: on Pay history, recording this year; once it is
    // there, the years and their chart take the sentence's place.
    auto *history = m_window->findChild<EmptyStateStack *>(QStringLiteral("payHistoryEmpty"));
    QString title;
    QVERIFY(guitest::withDialog(
        m_window,
        [&title](QDialog *dialog) {
            title = dialog->windowTitle();
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit")), QStringLiteral("120000"));
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        [history] { QTest::mouseClick(history->firstStepButton(), Qt::LeftButton); }));
    QVERIFY(!title.isEmpty());
    QCOMPARE(m_window->session()->payStore().payHistory().size(), 1);
    QVERIFY(!history->isShowingEmpty());
    QVERIFY(m_window->findChild<ChartView *>(QStringLiteral("historyChart"))->isVisible());

    // The dashboard's first step is the welcome.
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Dashboard")));
    auto *setUp = m_window->findChild<QPushButton *>(QStringLiteral("dashboardSetUp"));
    QVERIFY(setUp && setUp->isVisible());
    // Only the set-up is asked for: no reminder of conversations with a manager yet.
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("dashboardConversationDue"))->isVisible());
    QVERIFY(guitest::withDialog(
        m_window, [](QDialog *dialog) { QVERIFY(qobject_cast<QWizard *>(dialog)); },
        [setUp] { QTest::mouseClick(setUp, Qt::LeftButton); }));
}

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
