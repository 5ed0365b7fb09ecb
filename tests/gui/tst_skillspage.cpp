// The Skills & stories tab driven as a user would: a check-in moves the readiness figure
// and the gap chart, goals need a skill, and the matrix refuses what is not 1-5 and
// follows level edits. (The story bank has tst_storybank.)
#include "ui/charts/ChartView.h"
#include "ui/skills/GoalsPanel.h"
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "ui/skills/ReadinessPanel.h"
#include "core/skills/SkillReadiness.h"
#include "ui/SkillsPage.h"
#include "core/stories/StoryCoverage.h"
#include "TestFiles.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;
using Content = testfiles::PlanFixture::Content;

class TestSkillsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void checkInRaisesReadinessAndShrinksTheGap();
    void removingACheckInAsksAndDeletesOnlyIt();
    void addingAGoalNeedsASkill();
    void matrixRefusesAnExpectationOutsideOneToFive();
    void matrixFollowsLevelEdits();

private:
    void showSubTab(const QString &name) { QVERIFY2(guitest::showSubTab(m_page, name), qPrintable(name)); }
    QTableView *table(const QString &name) const { return m_page->findChild<QTableView *>(name); }

    QString m_path;
    guitest::PageFixture<SkillsPage> m_fixture;
    PlanSession *m_session = nullptr;
    SkillsPage *m_page = nullptr;
};

void TestSkillsPage::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSkillsPage::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("skills.careerplan"), Content::Sample, { 1200, 800 }),
             qPrintable(m_fixture.error()));
    m_path = m_fixture.plan();
    m_session = m_fixture.session();
    m_page = m_fixture.page();
}

void TestSkillsPage::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestSkillsPage::checkInRaisesReadinessAndShrinksTheGap()
{
    showSubTab(QStringLiteral("Goals & check-ins"));
    QTableView *goals = table(QStringLiteral("goalTable"));
    int row = -1;
    for (int r = 0; r < goals->model()->rowCount(); ++r) {
        if (goals->model()->index(r, 0).data().toString() == QLatin1String("Stakeholder management and influence"))
            row = r;
    }
    QVERIFY(row >= 0);
    QTest::mouseClick(goals->viewport(), Qt::LeftButton, {}, goals->visualRect(goals->model()->index(row, 0)).center());
    QTableView *checkIns = table(QStringLiteral("checkInTable"));
    const int before = checkIns->model()->rowCount();
    QVERIFY(before > 0);
    const int next = m_session->pathStore().nextStepIndex();
    QVERIFY(next >= 0);
    const PathStep step = m_session->pathStore().scenarios().constFirst().steps.at(next);
    const auto readinessBefore
        = SkillReadiness::forStep(step, m_session->skillStore().skillMatrix(), m_session->skillStore().skills(),
                                  m_session->skillStore().goals())
              .combined;

    const bool seen = guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *rating = dialog->findChild<QSpinBox *>(QStringLiteral("checkInProficiency"));
            QCOMPARE(rating->value(), 2); // starts from the latest rating
            QTest::keyClick(rating, Qt::Key_Up);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("checkInNote")),
                             QStringLiteral("Won the roadmap review, \"cleanly\""));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [this] { QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("checkIn")), Qt::LeftButton); });
    QVERIFY(seen);

    // The same goal stays chosen, with its new check-in listed and charted.
    QCOMPARE(checkIns->model()->rowCount(), before + 1);
    QCOMPARE(goals->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("Stakeholder management and influence"));
    QCOMPARE(goals->currentIndex().siblingAtColumn(2).data().toInt(), 3);
    QLineSeries *ratings = nullptr;
    for (QAbstractSeries *series : m_page->goals()->progressChart()->chart()->series()) {
        if (series->name() == QLatin1String("Your self-rating"))
            ratings = qobject_cast<QLineSeries *>(series);
    }
    QVERIFY(ratings);
    QCOMPARE(ratings->count(), before + 1);
    QCOMPARE(ratings->at(before).y(), 3.0);
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT proficiency FROM checkin WHERE note = "
                                                          "'Won the roadmap review, \"cleanly\"'"))
                 .toInt(),
             3);

    // Readiness for the next promotion moved, and the dialog-free figure agrees with the core.
    const auto readinessAfter
        = SkillReadiness::forStep(step, m_session->skillStore().skillMatrix(), m_session->skillStore().skills(),
                                  m_session->skillStore().goals())
              .combined;
    QVERIFY(readinessBefore && readinessAfter);
    QVERIFY(*readinessAfter > *readinessBefore);
    auto *figure = m_page->readiness()->findChild<QLabel *>(QStringLiteral("readinessFigure"));
    QVERIFY2(figure->text().contains(QStringLiteral(": %1%").arg(qRound(*readinessAfter * 100))),
             qPrintable(figure->text()));
    // The gap chart lists the largest gap on top: the last category of the bottom-up axis.
    QChart *gapChart = m_page->readiness()->gapChart()->chart();
    auto *axis = qobject_cast<QBarCategoryAxis *>(gapChart->axes(Qt::Vertical).constFirst());
    QVERIFY(axis);
    const QList<SkillReadiness::Gap> gaps
        = SkillReadiness::gaps(m_session->skillStore().skillMatrix(), step.ladderName, step.levelTitle,
                               m_session->skillStore().skills(), m_session->skillStore().goals());
    QCOMPARE(axis->count(), gaps.size());
    QVERIFY(axis->categories().constLast().contains(QStringLiteral("(gap %1)").arg(gaps.constFirst().gap())));
    for (int i = 1; i < gaps.size(); ++i)
        QVERIFY(gaps.at(i - 1).gap() >= gaps.at(i).gap());
    QVERIFY(!axis->categories().contains(QStringLiteral("Stakeholder management and influence (gap 1)")));
}

void TestSkillsPage::removingACheckInAsksAndDeletesOnlyIt()
{
    showSubTab(QStringLiteral("Goals & check-ins"));
    QTableView *goals = table(QStringLiteral("goalTable"));
    QTest::mouseClick(goals->viewport(), Qt::LeftButton, {}, goals->visualRect(goals->model()->index(0, 0)).center());
    QTableView *checkIns = table(QStringLiteral("checkInTable"));
    const int before = checkIns->model()->rowCount();
    QVERIFY(before >= 2);
    const QString total = QStringLiteral("SELECT COUNT(*) FROM checkin");
    const int stored = testfiles::queryValue(m_path, total).toInt();
    const QString first = checkIns->model()->index(0, 2).data().toString();
    const QString second = checkIns->model()->index(1, 2).data().toString();
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("removeCheckIn"));
    QVERIFY(!remove->isEnabled()); // nothing chosen yet
    QTest::mouseClick(checkIns->viewport(), Qt::LeftButton, {},
                      checkIns->visualRect(checkIns->model()->index(0, 2)).center());
    QVERIFY(remove->isEnabled());

    // Saying No keeps it.
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            QTest::mouseClick(qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::No), Qt::LeftButton);
        },
        [remove] { QTest::mouseClick(remove, Qt::LeftButton); }));
    QCOMPARE(checkIns->model()->rowCount(), before);
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            QTest::mouseClick(qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Yes), Qt::LeftButton);
        },
        [remove] { QTest::mouseClick(remove, Qt::LeftButton); }));
    QCOMPARE(checkIns->model()->rowCount(), before - 1);
    QCOMPARE(checkIns->model()->index(0, 2).data().toString(), second);
    QCOMPARE(testfiles::queryValue(m_path, total).toInt(), stored - 1);
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT COUNT(*) FROM checkin WHERE note = '%1'")
                                               .arg(QString(first).replace(QLatin1Char('\''), QStringLiteral("''"))))
                 .toInt(),
             0);
}

void TestSkillsPage::addingAGoalNeedsASkill()
{
    showSubTab(QStringLiteral("Goals & check-ins"));
    QTableView *goals = table(QStringLiteral("goalTable"));
    const int before = goals->model()->rowCount();
    const bool seen = guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("goalMessage"))->text().isEmpty());
            auto *skill = dialog->findChild<QComboBox *>(QStringLiteral("goalSkill"));
            skill->setFocus();
            for (int i = 0;
                 i < skill->count() && skill->currentText() != QLatin1String("People management and mentoring"); ++i)
                QTest::keyClick(skill, Qt::Key_Down);
            QCOMPARE(skill->currentText(), QStringLiteral("People management and mentoring"));
            QVERIFY(ok->isEnabled());
            auto *target = dialog->findChild<QSpinBox *>(QStringLiteral("goalTarget"));
            target->selectAll();
            QTest::keyClicks(target, QStringLiteral("4"));
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        [this] { QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addGoal")), Qt::LeftButton); });
    QVERIFY(seen);
    QCOMPARE(goals->model()->rowCount(), before + 1);
    // The new goal is chosen, aimed at the next promotion, with no check-in yet.
    QCOMPARE(goals->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("People management and mentoring"));
    QCOMPARE(goals->currentIndex().siblingAtColumn(1).data().toInt(), 4);
    QCOMPARE(goals->currentIndex().siblingAtColumn(4).data().toString(), QStringLiteral("Senior Program Manager"));
    QCOMPARE(table(QStringLiteral("checkInTable"))->model()->rowCount(), 0);
    QCOMPARE(
        testfiles::queryValue(m_path, QStringLiteral("SELECT g.target FROM goal g JOIN skill s ON s.id = g.skill_id "
                                                     "WHERE s.name = 'People management and mentoring'"))
            .toInt(),
        4);
}

void TestSkillsPage::matrixRefusesAnExpectationOutsideOneToFive()
{
    showSubTab(QStringLiteral("Skill matrix"));
    QTableView *matrix = table(QStringLiteral("skillMatrix"));
    const QModelIndex cell = matrix->model()->index(0, 0);
    const QString skill = matrix->model()->headerData(0, Qt::Vertical).toString();
    const QString level = matrix->model()->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString();
    const int before = cell.data().toInt();
    matrix->setFocus();
    matrix->setCurrentIndex(cell);
    QTest::keyClick(matrix, Qt::Key_7);
    QTest::keyClick(matrix->focusWidget(), Qt::Key_Return);
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("matrixMessage"));
    QTRY_VERIFY(!message->text().isEmpty());
    QCOMPARE(matrix->model()->index(0, 0).data().toInt(), before);

    const int changed = before == 5 ? 4 : 5;
    matrix->setFocus();
    QTest::keyClick(matrix, Qt::Key(Qt::Key_0 + changed));
    QTest::keyClick(matrix->focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(matrix->model()->index(0, 0).data().toInt(), changed);
    QVERIFY(message->text().isEmpty());
    const QString sql
        = QStringLiteral("SELECT e.proficiency FROM skill_expectation e JOIN skill s ON s.id = e.skill_id "
                         "JOIN level l ON l.id = e.level_id WHERE s.name = '%1' AND l.title = '%2'")
              .arg(skill, level);
    QCOMPARE(testfiles::queryValue(m_path, sql).toInt(), changed);
}

void TestSkillsPage::matrixFollowsLevelEdits()
{
    showSubTab(QStringLiteral("Skill matrix"));
    QTableView *matrix = table(QStringLiteral("skillMatrix"));
    const int levels = matrix->model()->columnCount();
    const CareerLadder ladder = m_session->ladderStore().ladders().constFirst();
    const QMap<QString, int> expected
        = m_session->skillStore().skillMatrix().value(ladder.name).value(ladder.levels.at(1).title);
    QVERIFY(!expected.isEmpty());

    // Renamed: the same expectations under the new title.
    CareerLevel renamed = ladder.levels.at(1);
    renamed.title = QStringLiteral("Program Manager II");
    QString error;
    QVERIFY2(m_session->ladderStore().updateLevel(0, 1, renamed, &error), qPrintable(error));
    QCOMPARE(matrix->model()->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), renamed.title);
    QCOMPARE(m_session->skillStore().skillMatrix().value(ladder.name).value(renamed.title), expected);
    QCOMPARE(matrix->model()->index(0, 1).data().toInt(),
             expected.value(m_session->skillStore().skills().constFirst().key));

    // Removed: one column fewer, and the level's expectations gone from the file too.
    QVERIFY2(m_session->ladderStore().removeLevel(0, 1, &error), qPrintable(error));
    QCOMPARE(matrix->model()->columnCount(), levels - 1);
    QVERIFY(!m_session->skillStore().skillMatrix().value(ladder.name).contains(renamed.title));
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT COUNT(*) FROM skill_expectation e JOIN level l ON "
                                                          "l.id = e.level_id WHERE l.title = 'Program Manager II'"))
                 .toInt(),
             0);
}

QTEST_MAIN(TestSkillsPage)
#include "tst_skillspage.moc"
