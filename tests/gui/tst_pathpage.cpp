// My path in the window: laying out a path, marking a milestone done and seeing the
// step's readiness change, scenarios, and the simulation run off the UI thread.
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "ui/path/MilestoneModel.h"
#include "ui/path/PathPage.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/path/PathStepModel.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "ui/path/ScenarioListModel.h"
#include "ui/path/SimulationResultModel.h"
#include "TestFiles.h"
#include "ui/path/UncertaintyPage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace careerplanner;
using Content = testfiles::PlanFixture::Content;

class TestPathPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void layOutAPathFromNothing();
    void markMilestoneDoneRaisesReadiness();
    void duplicateScenarioIsIndependent();
    void recordedPromotionIsTheLevelHeldNow();
    void simulationRunsOffTheUiThread();
    void modelsPassTheTester();

private:
    void open(bool sample);
    void click(const char *name)
    {
        QTest::mouseClick(m_page->findChild<QPushButton *>(QLatin1String(name)), Qt::LeftButton);
    }

    QString m_path;
    guitest::PageFixture<PathPage> m_fixture;
    PlanSession *m_session = nullptr;
    PathPage *m_page = nullptr;
};

void TestPathPage::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPathPage::open(bool sample)
{
    QVERIFY2(m_fixture.open(QStringLiteral("path.careerplan"), sample ? Content::Sample : Content::ReferenceLadders,
                            { 1280, 800 }),
             qPrintable(m_fixture.error()));
    m_path = m_fixture.plan();
    m_session = m_fixture.session();
    m_page = m_fixture.page();
}

void TestPathPage::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestPathPage::layOutAPathFromNothing()
{
    open(false);
    QCOMPARE(m_page->steps()->rowCount(), 0);
    // In place of empty tabs, what the page will show and the button that lays the path out.
    auto *empty = m_page->findChild<EmptyStateStack *>(QStringLiteral("pathEmpty"));
    QVERIFY(empty->isShowingEmpty());
    QVERIFY(empty->emptyText().contains(QStringLiteral("Lay out your path")));
    QVERIFY(empty->firstStepButton()->isVisible());
    // Without a path, what needs one cannot be clicked.
    for (const char *name : { "duplicateScenario", "editStep", "addMilestone", "removeMilestone" })
        QVERIFY2(!m_page->findChild<QPushButton *>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *level = dialog->findChild<QComboBox *>(QStringLiteral("setupLevel"));
            level->setFocus();
            QTest::keyClick(level, Qt::Key_Down); // Associate Program Manager -> Program Manager
            QCOMPARE(level->currentText(), QStringLiteral("Program Manager"));
            auto *start = dialog->findChild<QDateEdit *>(QStringLiteral("setupStart"));
            start->setFocus();
            const QDate shown = start->date();
            QTest::keyClick(start, Qt::Key_Home); // the year section
            QTest::keyClick(start, Qt::Key_Down);
            QTest::keyClick(start, Qt::Key_Down);
            QCOMPARE(start->date(), shown.addYears(-2));
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("setupTarget"))->currentText(),
                     QStringLiteral("Vice President of Program Management"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [empty] { QTest::mouseClick(empty->firstStepButton(), Qt::LeftButton); }));
    QVERIFY(!empty->isShowingEmpty());
    PathStepModel *steps = m_page->steps();
    QCOMPARE(steps->rowCount(), 5);
    QCOMPARE(steps->index(1, PathStepModel::LevelColumn).data().toString(), QStringLiteral("Senior Program Manager"));
    // 3-5 years as Program Manager: most likely 4 years after starting two years ago.
    const QDate started = QDate::currentDate().addYears(-2);
    QCOMPARE(steps->index(0, PathStepModel::DateColumn).data().toString(),
             QLocale().toString(started, QLocale::ShortFormat));
    QCOMPARE(steps->index(1, PathStepModel::DateColumn).data().toString(),
             QLocale().toString(started.addMonths(48), QLocale::ShortFormat));
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT count(*) FROM path_step")).toInt(), 5);
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT level_title FROM profile")).toString(),
             QStringLiteral("Program Manager"));
    QVERIFY(
        m_page->findChild<QLabel *>(QStringLiteral("pathSummary"))->text().contains(QStringLiteral("Vice President")));
    for (const char *name : { "duplicateScenario", "editStep", "addMilestone" })
        QVERIFY2(m_page->findChild<QPushButton *>(QLatin1String(name))->isEnabled(), name);
}

void TestPathPage::markMilestoneDoneRaisesReadiness()
{
    open(true);
    PathStepModel *steps = m_page->steps();
    // Milestones 2 of 5 done (40%); skills: the sample's ratings meet 50% of what Senior
    // Program Manager expects. Readiness is the mean: 45%.
    QCOMPARE(steps->index(1, PathStepModel::ReadinessColumn).data().toString(), QStringLiteral("45%"));
    QVERIFY(steps->index(1, PathStepModel::ReadinessColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Milestones 40%, skills 50%")));
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("milestoneTable"));
    QCOMPARE(table->model()->rowCount(), 6); // the Senior Program Manager step is shown first
    // Open the status editor on the third milestone (in progress) with F2 and choose Done.
    const QModelIndex status = table->model()->index(2, MilestoneModel::StatusColumn);
    table->setFocus();
    table->setCurrentIndex(status);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->viewport()->findChild<QComboBox *>(QStringLiteral("statusEditor"));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Down); // In progress -> Done
    QCOMPARE(editor->currentText(), QStringLiteral("Done"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(steps->index(1, PathStepModel::ReadinessColumn).data().toString(),
                 QStringLiteral("55%")); // (60% + 50%) / 2
    QCOMPARE(table->model()->index(2, MilestoneModel::CompletedColumn).data().toString(),
             QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT count(*) FROM milestone m JOIN path_step s ON s.id = "
                                                          "m.step_id JOIN scenario c ON c.id = s.scenario_id WHERE "
                                                          "c.is_primary = 1 AND m.status = 'done'"))
                 .toInt(),
             3);
}

void TestPathPage::duplicateScenarioIsIndependent()
{
    open(true);
    ScenarioListModel *scenarios = m_page->scenarios();
    QCOMPARE(scenarios->rowCount(), 3);
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>();
            QVERIFY(name);
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Stay and grow"));
            QTest::keyClick(name, Qt::Key_Return);
        },
        [this] { click("duplicateScenario"); }));
    QCOMPARE(scenarios->rowCount(), 4);
    QCOMPARE(m_page->findChild<QComboBox *>(QStringLiteral("scenarioSelector"))->currentText(),
             QStringLiteral("Stay and grow"));
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("removeScenario"))->isEnabled());
    // Its milestones are its own rows: changing one leaves the plan's alone.
    QString error;
    Milestone changed = m_session->pathStore().scenarios()[3].steps[1].milestones[2];
    changed.status = Milestone::Status::Dropped;
    QVERIFY(m_session->pathStore().updateMilestone(3, 1, 2, changed, &error));
    QCOMPARE(m_session->pathStore().scenarios()[0].steps[1].milestones[2].status, Milestone::Status::InProgress);
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT count(*) FROM scenario")).toInt(), 4);
    // An edit of the copy through Edit Step leaves the page on the copy, so the next edit
    // lands there too, not on the plan.
    m_page->findChild<QTableView *>(QStringLiteral("stepTable"))->selectRow(2);
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *likely = dialog->findChild<QSpinBox *>(QStringLiteral("monthsLikely"));
            QTest::keyClick(likely, Qt::Key_Up);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [this] { click("editStep"); }));
    QCOMPARE(m_page->findChild<QComboBox *>(QStringLiteral("scenarioSelector"))->currentText(),
             QStringLiteral("Stay and grow"));
    QCOMPARE(m_session->pathStore().scenarios().at(3).steps.at(2).timeAtLevel.likelyMonths,
             m_session->pathStore().scenarios().at(0).steps.at(2).timeAtLevel.likelyMonths + 1);
}

void TestPathPage::recordedPromotionIsTheLevelHeldNow()
{
    open(true);
    PathStepModel *steps = m_page->steps();
    const auto level = [steps](int row) { return steps->index(row, PathStepModel::LevelColumn).data().toString(); };
    QCOMPARE(level(0), QStringLiteral("Program Manager (now)"));
    const int promotions = int(m_session->pathStore().promotions().size());
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            auto *problem = dialog->findChild<QLabel *>(QStringLiteral("promotionProblem"));
            auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("promotionDate"));
            auto *promoted = dialog->findChild<QComboBox *>(QStringLiteral("promotionLevel"));
            QCOMPARE(promoted->currentText(), QStringLiteral("Senior Program Manager")); // the plan's next step
            QCOMPARE(date->date(), QDate::currentDate());
            QVERIFY(ok->isEnabled());
            // Next year has not happened yet.
            date->setFocus();
            QTest::keyClick(date, Qt::Key_Home);
            QTest::keyClick(date, Qt::Key_Up);
            QVERIFY(!ok->isEnabled());
            QVERIFY(problem->text().contains(QStringLiteral("today at the latest")));
            QTest::keyClick(date, Qt::Key_Down);
            QVERIFY(ok->isEnabled());
            // Nor is the level held now a promotion.
            promoted->setFocus();
            QTest::keyClick(promoted, Qt::Key_Up);
            QCOMPARE(promoted->currentText(), QStringLiteral("Program Manager"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(problem->text().contains(QStringLiteral("already the level you hold")));
            QTest::keyClick(promoted, Qt::Key_Down);
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        [this] { click("recordPromotion"); }));

    // Where the user stands moved with it: the profile, the path's "now" and its next step.
    const Profile &profile = m_session->pathStore().profile();
    QCOMPARE(profile.levelTitle, QStringLiteral("Senior Program Manager"));
    QCOMPARE(profile.levelStart, QDate::currentDate());
    QCOMPARE(m_session->pathStore().promotions().size(), promotions + 1);
    QCOMPARE(level(0), QStringLiteral("Program Manager"));
    QCOMPARE(level(1), QStringLiteral("Senior Program Manager (now)"));
    // A level reached has no readiness or overdue milestones left; the next promotion has.
    QCOMPARE(steps->index(1, PathStepModel::ReadinessColumn).data().toString(), QString());
    QCOMPARE(steps->index(1, PathStepModel::OverdueColumn).data().toString(), QString());
    QVERIFY(steps->index(2, PathStepModel::ReadinessColumn).data().toString().endsWith(QLatin1Char('%')));
    QCOMPARE(m_session->pathStore().nextStepIndex(), 2);
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT level_title FROM profile")).toString(),
             QStringLiteral("Senior Program Manager"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("pathSummary"))->text().startsWith(QStringLiteral("Recorded")));
    // The path moved on with it: the step now held starts today, the next follows its time.
    const QList<PathStep> &path = m_session->pathStore().scenarios().constFirst().steps;
    QCOMPARE(path.at(1).targetDate, QDate::currentDate());
    QCOMPARE(path.at(2).targetDate, QDate::currentDate().addMonths(path.at(1).timeAtLevel.likelyMonths));

    // The same promotion again is refused by the plan, whatever asks for it.
    QString error;
    QVERIFY(!m_session->pathStore().addPromotion(m_session->pathStore().promotions().constLast(), &error));
    QVERIFY(error.contains(QStringLiteral("already the level you hold")));
    QCOMPARE(m_session->pathStore().promotions().size(), promotions + 1);
}

void TestPathPage::simulationRunsOffTheUiThread()
{
    open(true);
    auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("pathTabs"));
    tabs->setCurrentIndex(tabs->count() - 1);
    auto *page = m_page->findChild<UncertaintyPage *>(QStringLiteral("uncertaintyPage"));
    QVERIFY(page->isVisible());
    auto *runs = page->findChild<QSpinBox *>(QStringLiteral("simulationRuns"));
    runs->setFocus();
    QTest::keyClick(runs, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(runs, QStringLiteral("1000000"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("runSimulation")), Qt::LeftButton);
    QVERIFY(page->isRunning());
    // The window answers while the work goes on: Cancel can be clicked, and it stops.
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("cancelSimulation")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 10000);
    QVERIFY(
        page->findChild<QLabel *>(QStringLiteral("simulationStatus"))->text().startsWith(QStringLiteral("Cancelled")));
    QCOMPARE(page->results()->rowCount(), 0);

    QTest::keyClick(runs, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(runs, QStringLiteral("10000"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("runSimulation")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 10000);
    QCOMPARE(page->results()->rowCount(), 4); // Senior PM, Leader, Director, VP
    QCOMPARE(page->results()->index(3, SimulationResultModel::LevelColumn).data().toString(),
             QStringLiteral("Vice President of Program Management"));
    const QDate p10 = QLocale().toDate(page->results()->index(3, SimulationResultModel::P10Column).data().toString(),
                                       QLocale::ShortFormat);
    const QDate p90 = QLocale().toDate(page->results()->index(3, SimulationResultModel::P90Column).data().toString(),
                                       QLocale::ShortFormat);
    QVERIFY(p10.isValid() && p10 < p90);

    // A run cancelled after one that finished shows nothing, as it says, not the old results.
    QTest::keyClick(runs, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(runs, QStringLiteral("1000000"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("runSimulation")), Qt::LeftButton);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("cancelSimulation")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 10000);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("simulationStatus"))
                ->text()
                .contains(QStringLiteral("nothing shown")));
    QCOMPARE(page->results()->rowCount(), 0);
}

void TestPathPage::modelsPassTheTester()
{
    open(true);
    PathStepModel steps(m_session);
    MilestoneModel milestones(m_session);
    ScenarioListModel scenarios(m_session);
    QAbstractItemModelTester t1(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&milestones, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&scenarios, QAbstractItemModelTester::FailureReportingMode::QtTest);
    steps.setScenario(0);
    milestones.setStep(0, 1);
    QCOMPARE(steps.rowCount(), 5);
    QCOMPARE(milestones.rowCount(), 6);
    // Overdue counts against a chosen day: before any due date, none.
    steps.setToday(QDate(2022, 2, 1));
    QVERIFY(steps.index(1, PathStepModel::OverdueColumn).data().toString().isEmpty());
    steps.setToday(QDate(2026, 11, 22));
    QCOMPARE(steps.index(1, PathStepModel::OverdueColumn).data().toString(), QStringLiteral("3 overdue"));
    // A completion date on a milestone that is not done is refused.
    QSignalSpy refused(&milestones, &MilestoneModel::editRefused);
    QVERIFY(!milestones.setData(milestones.index(5, MilestoneModel::CompletedColumn), QDate(2026, 1, 1)));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(scenarios.checkedRows().size(), 3);
}

QTEST_MAIN(TestPathPage)
#include "tst_pathpage.moc"
