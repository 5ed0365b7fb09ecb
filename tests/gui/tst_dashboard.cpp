// The dashboard on a prepared plan (the sample, with milestones dated around a fixed
// day): its figures, what a change to the plan does to them, and where each item leads.
#include "ui/dashboard/DashboardPage.h"
#include "WindowTestSupport.h"
#include "ui/MainWindow.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "core/interviews/PracticeSchedule.h"

#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace careerplanner;

namespace {
// The day the dashboard is looked at: 4 years 8 months after Jordan became Program Manager.
const QDate Today(2026, 10, 1);
} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void isTheFirstView();
    void showsWhereIStandAgainstTheBand();
    void promotionMovesWhereIStand();
    void listsOverdueAndSoonDueMilestonesOnly();
    void nextStepReadinessFollowsMilestones();
    void largestGapsComeFirst();
    void longListsShowTheMostRecent();
    void milestoneClicksThroughToThePath();
    void milestoneClicksThroughBeforeThePathIsRead();
    void gapClicksThroughToItsGoal();
    void payButtonOpensPayHistory();
    void practiceLineStartsASession();
    void removingTheLevelHeldSaysWhatItTouches();
    void removingTheLadderSaysWhatItTouches();

private:
    PlanSession *session() const { return m_window->session(); }
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs")); }
    QString currentTab() const { return tabs()->tabText(tabs()->currentIndex()); }
    void setMilestone(int step, int index, Milestone::Status status, const QDate &due);
    void clickRow(QTreeView *view, int row);
    void expectOnPath(int step, int milestone);

    QTemporaryDir m_settingsDir;
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
    DashboardPage *m_page = nullptr;
};

void TestDashboard::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestDashboard::init()
{
    m_dir = new QTemporaryDir;
    const QString path = m_dir->filePath(QStringLiteral("dashboard.careerplan"));
    QString error;
    QVERIFY(PlanFactory::createSample(path, &error));
    auto opened = PlanSession::open(path, &error);
    QVERIFY2(opened, qPrintable(error));
    m_window = new MainWindow(std::move(opened));
    m_page = m_window->findChild<DashboardPage *>();
    QVERIFY(m_page);
    // The sample's six milestones toward Senior Program Manager (step 1), dated around
    // Today: overdue by 2 days, due in 10 days, done, due in 45 days, dropped, done.
    QCOMPARE(session()->pathStore().scenarios().constFirst().steps.at(1).milestones.size(), 6);
    setMilestone(1, 0, Milestone::Status::Planned, Today.addDays(-2));
    setMilestone(1, 1, Milestone::Status::InProgress, Today.addDays(10));
    setMilestone(1, 2, Milestone::Status::Done, Today.addDays(-30));
    setMilestone(1, 3, Milestone::Status::Planned, Today.addDays(45));
    setMilestone(1, 4, Milestone::Status::Dropped, Today.addDays(5));
    setMilestone(1, 5, Milestone::Status::Done, Today.addDays(-100));
    m_page->setToday(Today);
    m_window->resize(1200, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestDashboard::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestDashboard::setMilestone(int step, int index, Milestone::Status status, const QDate &due)
{
    Milestone milestone = session()->pathStore().scenarios().constFirst().steps.at(step).milestones.at(index);
    milestone.status = status;
    milestone.dueDate = due;
    milestone.completedDate = status == Milestone::Status::Done ? due : QDate();
    QString error;
    QVERIFY2(session()->pathStore().updateMilestone(0, step, index, milestone, &error), qPrintable(error));
}

void TestDashboard::clickRow(QTreeView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 1));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestDashboard::expectOnPath(int step, int milestone)
{
    QCOMPARE(currentTab(), QStringLiteral("My path"));
    QCOMPARE(m_window->findChild<QTableView *>(QStringLiteral("stepTable"))->currentIndex().row(), step);
    QCOMPARE(m_window->findChild<QTableView *>(QStringLiteral("milestoneTable"))->currentIndex().row(), milestone);
}

void TestDashboard::isTheFirstView()
{
    QCOMPARE(tabs()->indexOf(m_page), 0);
    QCOMPARE(tabs()->currentWidget(), m_page);
    QCOMPARE(currentTab(), QStringLiteral("Dashboard"));
}

void TestDashboard::showsWhereIStandAgainstTheBand()
{
    auto *level = m_page->findChild<QLabel *>(QStringLiteral("dashboardLevel"));
    QCOMPARE(level->text(), QStringLiteral("Program Manager (Program Management)"));
    // 10 January 2022 to 1 October 2026: 4 years and 8 whole months.
    auto *since = m_page->findChild<QLabel *>(QStringLiteral("dashboardSince"));
    QVERIFY2(since->text().contains(QStringLiteral("4 years 8 months")), qPrintable(since->text()));
    // The current job pays a base of $128,000; the level's base band is $80,000 – $150,000+:
    // (128,000 - 80,000) / (150,000 - 80,000) = 68.6%, shown as 68.
    auto *pay = m_page->findChild<QLabel *>(QStringLiteral("dashboardPay"));
    QVERIFY2(pay->text().contains(QStringLiteral("$128,000")), qPrintable(pay->text()));
    QVERIFY2(pay->text().contains(QStringLiteral("$80,000 – $150,000+")), qPrintable(pay->text()));
    auto *position = m_page->findChild<QProgressBar *>(QStringLiteral("dashboardBandPosition"));
    QVERIFY(position->isVisible());
    QCOMPARE(position->value(), 68);

    // A raise past the band's stated top keeps it within an open band, with no percentage.
    const QList<PayPackage> &packages = session()->payStore().payPackages();
    const auto job = std::find_if(packages.cbegin(), packages.cend(),
                                  [](const PayPackage &p) { return p.kind == PayPackage::Kind::CurrentJob; });
    QVERIFY(job != packages.cend());
    PayPackage raised = *job;
    raised.baseSalary = 16'000'000;
    QString error;
    QVERIFY2(session()->payStore().updatePackage(int(job - packages.cbegin()), raised, &error), qPrintable(error));
    QVERIFY(pay->text().contains(QStringLiteral("$160,000")));
    QVERIFY(pay->text().contains(QStringLiteral("open at the top")));
    QVERIFY(!position->isVisible());
}

void TestDashboard::promotionMovesWhereIStand()
{
    auto *level = m_page->findChild<QLabel *>(QStringLiteral("dashboardLevel"));
    auto *next = m_page->findChild<QLabel *>(QStringLiteral("dashboardNext"));
    QCOMPARE(next->text(), QStringLiteral("Senior Program Manager"));
    const QList<PathStep> &path = session()->pathStore().scenarios().constFirst().steps;
    QString error;
    const Promotion promotion { 0, Today, QStringLiteral("Program Management"),
                                QStringLiteral("Senior Program Manager"), QString() };
    QVERIFY2(session()->pathStore().addPromotion(promotion, &error), qPrintable(error));
    // The dashboard says the same as the timeline: the level held now, and the step after it.
    QCOMPARE(level->text(), QStringLiteral("Senior Program Manager (Program Management)"));
    QCOMPARE(next->text(), path.at(2).levelTitle);
    auto *since = m_page->findChild<QLabel *>(QStringLiteral("dashboardSince"));
    QVERIFY2(since->text().contains(QStringLiteral("2026")), qPrintable(since->text()));
}

void TestDashboard::listsOverdueAndSoonDueMilestonesOnly()
{
    QStandardItemModel *model = m_page->milestoneModel();
    const auto milestones = session()->pathStore().scenarios().constFirst().steps.at(1).milestones;
    // Left out: the done one, the dropped one and the one 45 days away.
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("2 days late"));
    QCOMPARE(model->index(0, 1).data().toString(), milestones.at(0).title);
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Senior Program Manager"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("in 10 days"));
    QCOMPARE(model->index(1, 1).data().toString(), milestones.at(1).title);

    // Done, the overdue one leaves the list; the one 45 days away comes in at 30 days.
    setMilestone(1, 0, Milestone::Status::Done, Today.addDays(-2));
    QCOMPARE(model->rowCount(), 1);
    m_page->setToday(Today.addDays(15));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("in 30 days"));
    QCOMPARE(model->index(1, 1).data().toString(), milestones.at(3).title);
}

void TestDashboard::nextStepReadinessFollowsMilestones()
{
    auto *next = m_page->findChild<QLabel *>(QStringLiteral("dashboardNext"));
    QCOMPARE(next->text(), QStringLiteral("Senior Program Manager"));
    const auto readiness = m_page->summary().readiness;
    // Done ÷ not dropped: 2 of 5.
    QVERIFY(readiness.milestones.has_value());
    QCOMPARE(*readiness.milestones, 0.4);
    QVERIFY(readiness.skills.has_value());
    auto *bar = m_page->findChild<QProgressBar *>(QStringLiteral("dashboardReadiness"));
    QCOMPARE(bar->value(), qRound((*readiness.milestones + *readiness.skills) / 2 * 100));

    setMilestone(1, 0, Milestone::Status::Done, Today);
    QCOMPARE(*m_page->summary().readiness.milestones, 0.6);
    QCOMPARE(bar->value(), qRound((0.6 + *readiness.skills) / 2 * 100));
}

void TestDashboard::largestGapsComeFirst()
{
    QStandardItemModel *model = m_page->gapModel();
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() <= DashboardSummary::MaximumGaps);
    for (int row = 0; row < model->rowCount(); ++row) {
        const int expected = model->index(row, 1).data().toInt();
        const int current = model->index(row, 2).data().toInt();
        QCOMPARE(model->index(row, 3).data().toInt(), expected - current);
        QVERIFY(expected > current);
        if (row > 0)
            QVERIFY(model->index(row - 1, 3).data().toInt() >= expected - current);
    }
}

void TestDashboard::longListsShowTheMostRecent()
{
    // Twenty more milestones, overdue by 1 to 20 days: the list shows the ten most recent.
    Scenario path = session()->pathStore().scenarios().constFirst();
    for (int i = 1; i <= 20; ++i) {
        Milestone late;
        late.title = QStringLiteral("Late %1").arg(i);
        late.dueDate = Today.addDays(-i);
        path.steps[1].milestones.append(late);
    }
    QString error;
    QVERIFY2(session()->pathStore().replaceScenario(0, path, &error), qPrintable(error));
    QCOMPARE(m_page->summary().overdue.size(), 21);
    QStandardItemModel *model = m_page->milestoneModel();
    QCOMPARE(model->rowCount(), 10 + 1); // ten overdue, one due soon
    // 1 to 9 days late, with the set-up's own milestone also 2 days late: ten rows.
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("9 days late"));
    QCOMPARE(model->index(9, 0).data().toString(), QStringLiteral("1 day late"));
    auto *more = m_page->findChild<QLabel *>(QStringLiteral("dashboardMilestonesMore"));
    QVERIFY(more->isVisible());
    QCOMPARE(more->text(), QStringLiteral("21 overdue and 1 due soon in all; the others are on My path."));
}

void TestDashboard::milestoneClicksThroughToThePath()
{
    auto *view = m_page->findChild<QTreeView *>(QStringLiteral("dashboardMilestones"));
    clickRow(view, 1); // due in 10 days: step 1, milestone 1
    expectOnPath(1, 1);
    QCOMPARE(QApplication::focusWidget(), m_window->findChild<QTableView *>(QStringLiteral("milestoneTable")));
}

void TestDashboard::milestoneClicksThroughBeforeThePathIsRead()
{
    // A plan just opened has not read its path (the dashboard asks the file for what it
    // lists); the click reads it and finds the milestone by its place in its step.
    const QString path = session()->path();
    delete m_window;
    QString error;
    auto reopened = PlanSession::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    m_window = new MainWindow(std::move(reopened));
    m_page = m_window->findChild<DashboardPage *>();
    m_page->setToday(Today);
    m_window->resize(1200, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));

    auto *view = m_page->findChild<QTreeView *>(QStringLiteral("dashboardMilestones"));
    const QString title = view->model()->index(1, 1).data().toString();
    clickRow(view, 1); // due in 10 days: step 1, milestone 1
    expectOnPath(1, 1);
    QCOMPARE(session()->pathStore().scenarios().constFirst().steps.at(1).milestones.at(1).title, title);
}

void TestDashboard::gapClicksThroughToItsGoal()
{
    // A goal in the skill with the largest gap, so that the row has somewhere to lead.
    const QString skill = m_page->summary().gaps.constFirst().skillKey;
    Goal goal;
    goal.skillKey = skill;
    goal.target = 4;
    goal.notes = QStringLiteral("From the dashboard test");
    QString error;
    QVERIFY2(session()->skillStore().saveGoal(goal, &error), qPrintable(error));
    QVERIFY(m_page->summary().gaps.constFirst().goalId != 0);

    clickRow(m_page->findChild<QTreeView *>(QStringLiteral("dashboardGaps")), 0);
    QCOMPARE(currentTab(), QStringLiteral("Skills && stories"));
    auto *goals = m_window->findChild<QTableView *>(QStringLiteral("goalTable"));
    QVERIFY(goals->isVisible());
    QCOMPARE(goals->currentIndex().siblingAtColumn(0).data().toString(), m_page->summary().gaps.constFirst().skillName);
}

void TestDashboard::payButtonOpensPayHistory()
{
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("dashboardOpenPay")), Qt::LeftButton);
    QCOMPARE(currentTab(), QStringLiteral("Pay history"));
}

void TestDashboard::practiceLineStartsASession()
{
    // The sample's practice lies in the weeks before the day it is made.
    m_page->setToday(QDate::currentDate());
    const int due = PracticeSchedule::dueCount(session()->interviewStore().schedule(), QDate::currentDate());
    QVERIFY(due > 1);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("dashboardPracticeDue"))->text(),
             QStringLiteral("Interview practice: <b>%1 questions</b> due.").arg(due));
    QString progress;
    const bool seen = guitest::withDialog(
        this,
        [&progress](QDialog *dialog) {
            progress = dialog->findChild<QLabel *>(QStringLiteral("practiceProgress"))->text();
        },
        [this] {
            QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("dashboardPractise")), Qt::LeftButton);
        });
    QVERIFY(seen);
    QCOMPARE(progress, QStringLiteral("Question 1 of 5"));
    QCOMPARE(currentTab(), QStringLiteral("Interview prep"));
}

void TestDashboard::removingTheLevelHeldSaysWhatItTouches()
{
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Ladders")));
    auto *levels = m_window->findChild<QTableView *>(QStringLiteral("levelTable"));
    levels->setFocus();
    levels->selectRow(1); // Program Manager: held now, on the path, and 2022-2025 were paid at it
    const QString asked
        = guitest::answerQuestion(this, QMessageBox::Yes, [levels] { QTest::keyClick(levels, Qt::Key_Delete); });
    QVERIFY2(asked.contains(QStringLiteral("the level you hold now")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("3 paths pass through it")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("2022 to 2025")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("A promotion you recorded is to it")), qPrintable(asked));
    QCOMPARE(session()->ladderStore().ladders().constFirst().levels.at(1).title,
             QStringLiteral("Senior Program Manager"));

    // Afterwards the dashboard still tells the truth: the pay is there, the band is not.
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Dashboard")));
    const QString pay = m_page->findChild<QLabel *>(QStringLiteral("dashboardPay"))->text();
    QVERIFY2(pay.startsWith(QStringLiteral("Pay: ")), qPrintable(pay));
    QVERIFY2(pay.contains(QStringLiteral("no longer a level of Program Management")), qPrintable(pay));
}

void TestDashboard::removingTheLadderSaysWhatItTouches()
{
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Ladders")));
    auto *levels = m_window->findChild<QTableView *>(QStringLiteral("levelTable"));
    levels->setFocus();
    const qsizetype ladders = session()->ladderStore().ladders().size();
    // Ladder > Remove Ladder on Program Management, answered No: nothing goes.
    const QString asked = guitest::answerQuestion(this, QMessageBox::No, [levels] {
        QTest::keyClick(levels, Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
    });
    QVERIFY2(asked.contains(QStringLiteral("The level you hold now is on it")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("paid at its levels in 2020 to 2025")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("2 promotions you recorded are to it")), qPrintable(asked));
    QCOMPARE(session()->ladderStore().ladders().size(), ladders);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
