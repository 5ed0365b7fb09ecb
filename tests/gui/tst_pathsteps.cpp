// Edit Step as a demanding user meets it (issue 16, part 7): the step of the level held
// now and the profile's start are one fact, and a moved step takes its open milestones.
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "TestFiles.h"
#include "core/plan/PlanSession.h"
#include "ui/path/PathPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace careerplanner;

class TestPathSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editingTheHeldStepIsEditingTheStart();
    void aMovedStepTakesItsOpenMilestones();
    void aPathOnTheIndividualContributorBranchMayStopThere();
    void changingTheBranchChangesTheMilestones();

private:
    const LevelBranch &branchOf(const QString &levelTitle, const QString &path) const;
    void click(const char *name)
    {
        QTest::mouseClick(m_page->findChild<QPushButton *>(QLatin1String(name)), Qt::LeftButton);
    }

    guitest::PageFixture<PathPage> m_fixture;
    PathPage *m_page = nullptr;
};

void TestPathSteps::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPathSteps::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("steps.careerplan")), qPrintable(m_fixture.error()));
    m_page = m_fixture.page();
}

void TestPathSteps::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestPathSteps::editingTheHeldStepIsEditingTheStart()
{
    QTableView *steps = m_page->findChild<QTableView *>(QStringLiteral("stepTable"));
    steps->selectRow(0);
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("stepDate"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            date->setFocus();
            QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(date, QDate::currentDate().addMonths(1).toString(Qt::ISODate));
            QVERIFY(!ok->isEnabled()); // held since a day still to come
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("stepError"))->text().contains(QStringLiteral("today")));
            QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(date, QStringLiteral("2021-11-15"));
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        [this] { click("editStep"); }));
    // One fact: the path's step and the profile both start on the day typed.
    QCOMPARE(m_fixture.session()->pathStore().scenarios().constFirst().steps.at(0).targetDate, QDate(2021, 11, 15));
    QCOMPARE(m_fixture.session()->pathStore().profile().levelStart, QDate(2021, 11, 15));
    QCOMPARE(testfiles::queryValue(m_fixture.plan(), QStringLiteral("SELECT level_start FROM profile")).toString(),
             QStringLiteral("2021-11-15"));
}

void TestPathSteps::aMovedStepTakesItsOpenMilestones()
{
    const PathStep before = m_fixture.session()->pathStore().scenarios().constFirst().steps.at(1);
    QTableView *steps = m_page->findChild<QTableView *>(QStringLiteral("stepTable"));
    steps->selectRow(1);
    const QDate later = before.targetDate.addYears(1);
    QVERIFY(guitest::withDialog(
        this,
        [&later](QDialog *dialog) {
            auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("stepDate"));
            date->setFocus();
            QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(date, later.toString(Qt::ISODate));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [this] { click("editStep"); }));
    const PathStep after = m_fixture.session()->pathStore().scenarios().constFirst().steps.at(1);
    QCOMPARE(after.targetDate, later);
    const qint64 shift = before.targetDate.daysTo(later);
    int moved = 0;
    for (int i = 0; i < before.milestones.size(); ++i) {
        const Milestone &was = before.milestones.at(i);
        const bool open = was.status != Milestone::Status::Done && was.dueDate.isValid();
        QCOMPARE(after.milestones.at(i).dueDate, open ? was.dueDate.addDays(shift) : was.dueDate);
        moved += open;
    }
    QVERIFY(moved > 0);
}

const LevelBranch &TestPathSteps::branchOf(const QString &levelTitle, const QString &path) const
{
    for (const CareerLevel &level : m_fixture.session()->ladderStore().ladders().constFirst().levels) {
        for (const LevelBranch &branch : level.branches) {
            if (level.title == levelTitle && branch.path == path)
                return branch;
        }
    }
    qFatal("no branch %s at %s", qPrintable(path), qPrintable(levelTitle));
}

namespace {

// Moves a combo box to the item with text by the keyboard, as a user would.
void chooseByKeys(QComboBox *box, const QString &text)
{
    const int wanted = box->findText(text);
    QVERIFY2(wanted >= 0, qPrintable(text));
    box->setFocus();
    while (box->currentIndex() != wanted)
        QTest::keyClick(box, box->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
}

QStringList titles(const QList<Milestone> &milestones)
{
    QStringList result;
    for (const Milestone &milestone : milestones)
        result.append(milestone.title);
    return result;
}

} // namespace

void TestPathSteps::aPathOnTheIndividualContributorBranchMayStopThere()
{
    const QString leader = QStringLiteral("Program Management Leader");
    QString note;
    QString asked;
    QVERIFY(guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            auto *branch = dialog->findChild<QComboBox *>(QStringLiteral("setupBranch"));
            chooseByKeys(branch, QStringLiteral("Individual contributor: Principal Program Manager"));
            note = dialog->findChild<QLabel *>(QStringLiteral("dialogMessage"))->text();
            chooseByKeys(dialog->findChild<QComboBox *>(QStringLiteral("setupTarget")), leader);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            asked = guitest::answerQuestion(this, QMessageBox::Yes, [ok] { QTest::mouseClick(ok, Qt::LeftButton); });
        },
        [this] { click("layOutPath"); }));
    QVERIFY2(note.contains(QStringLiteral("stay at Program Management Leader")), qPrintable(note));
    QVERIFY(asked.contains(QStringLiteral("Replace")));
    const Scenario path = m_fixture.session()->pathStore().scenarios().constFirst();
    const PathStep &last = path.steps.constLast();
    QCOMPARE(last.levelTitle, leader);
    QCOMPARE(last.branch, QStringLiteral("individual-contributor"));
    // The step carries the branch's own milestones after what the level below asks.
    const QStringList onBranch = branchOf(leader, QStringLiteral("individual-contributor")).milestones;
    QVERIFY(!onBranch.isEmpty());
    QCOMPARE(titles(last.milestones).mid(last.milestones.size() - onBranch.size()), onBranch);
    for (const Milestone &milestone : last.milestones)
        QVERIFY(milestone.dueDate > path.steps.at(path.steps.size() - 2).targetDate
                && milestone.dueDate < last.targetDate);
}

void TestPathSteps::changingTheBranchChangesTheMilestones()
{
    const QString leader = QStringLiteral("Program Management Leader");
    const Scenario before = m_fixture.session()->pathStore().scenarios().constFirst();
    int row = 0;
    while (before.steps.at(row).levelTitle != leader)
        ++row;
    QCOMPARE(before.steps.at(row).branch, QStringLiteral("management"));
    const QStringList management = branchOf(leader, QStringLiteral("management")).milestones;
    const QStringList individual = branchOf(leader, QStringLiteral("individual-contributor")).milestones;
    m_page->findChild<QTableView *>(QStringLiteral("stepTable"))->selectRow(row);
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            chooseByKeys(dialog->findChild<QComboBox *>(QStringLiteral("stepBranch")),
                         QStringLiteral("Principal Program Manager"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [this] { click("editStep"); }));
    const PathStep after = m_fixture.session()->pathStore().scenarios().constFirst().steps.at(row);
    QCOMPARE(after.branch, QStringLiteral("individual-contributor"));
    const QStringList now = titles(after.milestones);
    for (const QString &title : management)
        QVERIFY2(!now.contains(title), qPrintable(title));
    for (const QString &title : individual)
        QVERIFY2(now.contains(title), qPrintable(title));
    // What the level below asks stays: only the branch's own milestones changed.
    QCOMPARE(now.size(), before.steps.at(row).milestones.size() - management.size() + individual.size());
}

QTEST_MAIN(TestPathSteps)
#include "tst_pathsteps.moc"
