// Edit Step as a demanding user meets it (issue 16, part 7): the step of the level held
// now and the profile's start are one fact, and a moved step takes its open milestones.
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "TestFiles.h"
#include "core/plan/PlanSession.h"
#include "ui/path/PathPage.h"

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

private:
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

QTEST_MAIN(TestPathSteps)
#include "tst_pathsteps.moc"
