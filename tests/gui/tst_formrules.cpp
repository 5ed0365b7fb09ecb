// The forms' rules as a demanding user meets them, with keys and clicks (issue 16, parts 2
// and 3): what happened is dated today at the latest, a whole date typed is taken whole, a
// refusal of the plan keeps the dialog open with what was typed, a number out of range is
// refused with the reason (never cut to fit), a year already recorded is replaced only when
// the user says so, and Tab goes down the form with OK and Cancel last.
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "TestFiles.h"
#include "core/plan/PlanSession.h"
#include "ui/pay/PayHistoryPage.h"
#include "ui/pay/PayPage.h"
#include "ui/SkillsPage.h"
#include "ui/widgets/DateField.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace careerplanner;

class TestFormRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void wholeDateTypedIsTaken_data();
    void wholeDateTypedIsTaken();
    void checkInAfterTodayIsRefusedInTheForm();
    void storyAfterTodayIsRefusedAndTabGoesDownTheForm();
    void payYearStillToComeIsRefusedAsHistory();
    void replacingAYearAsksAndEditingNeverOverwrites();
    void takenPackageNameKeepsTheDialogOpen();
    void numbersOutOfRangeAreRefusedNotCut();
    void projectionYearsOutOfRangeAreSaid();

private:
    // The dialog's OK button, and its message label named name.
    static QPushButton *ok(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static QString message(QDialog *dialog, const char *name)
    {
        return dialog->findChild<QLabel *>(QLatin1String(name))->text();
    }
    // Selects the whole text of field and types text over it, as a user types a new value.
    static void typeOver(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
    }
    // Types text into field key by key, letters beyond ASCII ("–") as their text.
    static void typeText(QWidget *field, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClicks(field, QString(c));
            else
                QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    guitest::PageFixture<SkillsPage> m_skills;
    guitest::PageFixture<PayHistoryPage> m_history;
    guitest::PageFixture<PayPage> m_pay;
};

void TestFormRules::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestFormRules::cleanup()
{
    m_skills.close();
    m_history.close();
    m_pay.close();
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestFormRules::wholeDateTypedIsTaken_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("taken");
    QTest::newRow("ISO date") << "2027-06-01" << QDate(2027, 6, 1);
    QTest::newRow("digits only") << "20270601" << QDate(2027, 6, 1);
    QTest::newRow("short month and day") << "1999-1-5" << QDate(1999, 1, 5);
    QTest::newRow("end of a month") << "2020-11-30" << QDate(2020, 11, 30);
}

void TestFormRules::wholeDateTypedIsTaken()
{
    QFETCH(QString, typed);
    QFETCH(QDate, taken);
    QWidget window;
    auto *field = new DateField(QDate(2026, 12, 1), &window);
    auto *next = new QLineEdit(&window);
    next->move(0, 40);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    typeOver(field, typed);
    QTest::mouseClick(next, Qt::LeftButton); // on to the next field
    QCOMPARE(field->date(), taken);
}

void TestFormRules::checkInAfterTodayIsRefusedInTheForm()
{
    QVERIFY2(m_skills.open(QStringLiteral("checkin.careerplan")), qPrintable(m_skills.error()));
    SkillsPage *page = m_skills.page();
    QVERIFY(guitest::showSubTab(page, QStringLiteral("Goals & check-ins")));
    auto *goals = page->findChild<QTableView *>(QStringLiteral("goalTable"));
    QTest::mouseClick(goals->viewport(), Qt::LeftButton, {}, goals->visualRect(goals->model()->index(0, 0)).center());
    const qint64 goalId = m_skills.session()->skillStore().goals().at(0).id;
    const qsizetype before = m_skills.session()->skillStore().goals().at(0).checkIns.size();
    const QDate today = QDate::currentDate();

    const bool seen = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("checkInDate"));
            typeOver(date, today.addMonths(6).toString(Qt::ISODate));
            QCOMPARE(date->date(), today.addMonths(6));
            QVERIFY(message(dialog, "dialogMessage").contains(QStringLiteral("today at the latest")));
            QVERIFY(!ok(dialog)->isEnabled());
            QTest::keyClick(date, Qt::Key_Return); // Return does not save what OK refuses
            QVERIFY(dialog->isVisible());
            typeOver(date, today.toString(Qt::ISODate)); // today is allowed
            QVERIFY(ok(dialog)->isEnabled());
            QTest::mouseClick(ok(dialog), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        },
        [&] { QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("checkIn")), Qt::LeftButton); });
    QVERIFY(seen);
    const Goal &goal = m_skills.session()->skillStore().goals().at(0);
    QCOMPARE(goal.checkIns.size(), before + 1);
    QCOMPARE(testfiles::queryValue(m_skills.plan(),
                                   QStringLiteral("SELECT MAX(date) FROM checkin WHERE goal_id = %1").arg(goalId))
                 .toString(),
             today.toString(Qt::ISODate));

    // The store refuses it too, for any caller.
    Goal later = goal;
    later.checkIns.append({ 0, today.addDays(1), 3, QStringLiteral("tomorrow") });
    QString error;
    QVERIFY(!m_skills.session()->skillStore().saveGoal(later, &error));
    QVERIFY2(error.contains(QStringLiteral("today at the latest")), qPrintable(error));
}

void TestFormRules::storyAfterTodayIsRefusedAndTabGoesDownTheForm()
{
    QVERIFY2(m_skills.open(QStringLiteral("story.careerplan")), qPrintable(m_skills.error()));
    SkillsPage *page = m_skills.page();
    QVERIFY(guitest::showSubTab(page, QStringLiteral("STAR stories")));
    const qsizetype before = m_skills.session()->storyStore().stories().size();
    QStringList order;
    const bool seen = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            QVERIFY(!ok(dialog)->isEnabled()); // an empty story has no title
            auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("storyTitle"));
            QTest::keyClicks(title, QStringLiteral("Rescued the launch"));
            QVERIFY(ok(dialog)->isEnabled());
            title->setFocus();
            for (int i = 0; i < 14 && dialog->focusWidget() != ok(dialog); ++i) {
                order.append(dialog->focusWidget()->objectName());
                QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            }
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            QCOMPARE(dialog->focusWidget(), dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel));
            auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("storyDate"));
            typeOver(date, QStringLiteral("2030-01-15"));
            QVERIFY(message(dialog, "storyMessage").contains(QStringLiteral("today at the latest")));
            QVERIFY(!ok(dialog)->isEnabled());
            typeOver(date, QDate::currentDate().addYears(-1).toString(Qt::ISODate));
            QTest::mouseClick(ok(dialog), Qt::LeftButton);
        },
        [&] { QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addStory")), Qt::LeftButton); });
    QVERIFY(seen);
    // Title, date (year, month, day, as Qt's date fields go), the five STAR texts, the two tag
    // lists: then OK, then Cancel.
    QCOMPARE(order, (QStringList { "storyTitle", "storyDate", "storyDate", "storyDate", "storySituation", "storyTask",
                                   "storyAction", "storyResult", "storyOutcomes", "storyPrinciples", "storySkills" }));
    QCOMPARE(m_skills.session()->storyStore().stories().size(), before + 1);
}

void TestFormRules::payYearStillToComeIsRefusedAsHistory()
{
    QVERIFY2(m_history.open(QStringLiteral("future.careerplan")), qPrintable(m_history.error()));
    const qsizetype before = m_history.session()->payStore().payHistory().size();
    const int thisYear = QDate::currentDate().year();
    const bool seen = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            auto *year = dialog->findChild<QSpinBox *>(QStringLiteral("recordYear"));
            QVERIFY(year->value() <= thisYear); // never offered a year still to come
            QTest::keyClicks(dialog->findChild<QWidget *>(QStringLiteral("recordBase"))->findChild<QLineEdit *>(),
                             QStringLiteral("150,000"));
            typeOver(year, QString::number(thisYear + 1));
            QCOMPARE(year->value(), thisYear + 1);
            QVERIFY(message(dialog, "recordNote").contains(QStringLiteral("pay package")));
            QVERIFY(!ok(dialog)->isEnabled());
        },
        [&] {
            QTest::mouseClick(m_history.page()->findChild<QPushButton *>(QStringLiteral("addRecord")), Qt::LeftButton);
        });
    QVERIFY(seen);
    QCOMPARE(m_history.session()->payStore().payHistory().size(), before);
    PayRecord later;
    later.year = thisYear + 1;
    later.base = 15'000'000;
    QString error;
    QVERIFY(!m_history.session()->payStore().saveRecord(later, &error));
    QVERIFY2(error.contains(QStringLiteral("pay package")), qPrintable(error));
}

void TestFormRules::replacingAYearAsksAndEditingNeverOverwrites()
{
    QVERIFY2(m_history.open(QStringLiteral("replace.careerplan")), qPrintable(m_history.error()));
    const QList<PayRecord> history = m_history.session()->payStore().payHistory();
    const PayRecord last = history.constLast();
    const bool added = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            typeOver(dialog->findChild<QSpinBox *>(QStringLiteral("recordYear")), QString::number(last.year));
            QVERIFY(message(dialog, "recordNote").contains(QStringLiteral("already recorded")));
            auto *base = dialog->findChild<QWidget *>(QStringLiteral("recordBase"))->findChild<QLineEdit *>();
            QTest::keyClicks(base, QStringLiteral("199,000"));
            const QString asked = guitest::answerQuestion(this, QMessageBox::No,
                                                          [dialog] { QTest::mouseClick(ok(dialog), Qt::LeftButton); });
            QVERIFY(asked.contains(QStringLiteral("Replace it")));
            QVERIFY(dialog->isVisible()); // No: back in the form, with what was typed
            QCOMPARE(base->text(), QStringLiteral("199,000"));
            QCOMPARE(m_history.session()->payStore().payHistory().constLast().base, last.base);
            guitest::answerQuestion(this, QMessageBox::Yes,
                                    [dialog] { QTest::mouseClick(ok(dialog), Qt::LeftButton); });
            QVERIFY(!dialog->isVisible());
        },
        [&] {
            QTest::mouseClick(m_history.page()->findChild<QPushButton *>(QStringLiteral("addRecord")), Qt::LeftButton);
        });
    QVERIFY(added);
    QCOMPARE(m_history.session()->payStore().payHistory().constLast().base, 19'900'000);

    // Editing the year before into the last is refused in the form: the last keeps its figures.
    auto *table = m_history.page()->findChild<QTableView *>(QStringLiteral("historyTable"));
    const int row = static_cast<int>(history.size()) - 2;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
    const bool edited = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            typeOver(dialog->findChild<QSpinBox *>(QStringLiteral("recordYear")), QString::number(last.year));
            QVERIFY(message(dialog, "recordNote").contains(QStringLiteral("edit that year")));
            QVERIFY(!ok(dialog)->isEnabled());
        },
        [&] {
            QTest::mouseClick(m_history.page()->findChild<QPushButton *>(QStringLiteral("editRecord")), Qt::LeftButton);
        });
    QVERIFY(edited);
    QCOMPARE(m_history.session()->payStore().payHistory().size(), history.size());
    QCOMPARE(m_history.session()->payStore().payHistory().constLast().base, 19'900'000);
}

void TestFormRules::takenPackageNameKeepsTheDialogOpen()
{
    QVERIFY2(m_pay.open(QStringLiteral("package.careerplan")), qPrintable(m_pay.error()));
    const QList<PayPackage> packages = m_pay.session()->payStore().payPackages();
    const QString taken = packages.constFirst().name;
    const bool seen = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("packageName"));
            typeText(name, taken);
            QTest::keyClicks(dialog->findChild<QWidget *>(QStringLiteral("baseSalary"))->findChild<QLineEdit *>(),
                             QStringLiteral("170,000"));
            QVERIFY(ok(dialog)->isEnabled());
            QTest::mouseClick(ok(dialog), Qt::LeftButton);
            QVERIFY(dialog->isVisible()); // the plan refused it: said here, with everything typed
            QVERIFY2(message(dialog, "packageError").contains(taken), qPrintable(message(dialog, "packageError")));
            QCOMPARE(name->text(), taken);
            QTest::keyClicks(name, QStringLiteral(" (2)"));
            QTest::mouseClick(ok(dialog), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        },
        [&] {
            QTest::mouseClick(m_pay.page()->findChild<QPushButton *>(QStringLiteral("addPackage")), Qt::LeftButton);
        });
    QVERIFY(seen);
    QCOMPARE(m_pay.session()->payStore().payPackages().size(), packages.size() + 1);
    QCOMPARE(m_pay.session()->payStore().payPackages().constLast().name, taken + QStringLiteral(" (2)"));
}

void TestFormRules::numbersOutOfRangeAreRefusedNotCut()
{
    QVERIFY2(m_pay.open(QStringLiteral("range.careerplan")), qPrintable(m_pay.error()));
    const bool seen = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("packageName")), QStringLiteral("Offer"));
            QTest::keyClicks(dialog->findChild<QWidget *>(QStringLiteral("baseSalary"))->findChild<QLineEdit *>(),
                             QStringLiteral("170,000"));
            auto *raise = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("yearlyRaise"));
            typeOver(raise, QStringLiteral("150"));
            QCOMPARE(raise->value(), 150.0); // not 15.00 %
            QVERIFY(message(dialog, "packageError").contains(QStringLiteral("yearly raise")));
            QVERIFY(!ok(dialog)->isEnabled());
            typeOver(raise, QStringLiteral("3"));
            auto *growth = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("stockGrowth"));
            typeOver(growth, QStringLiteral("-95"));
            QCOMPARE(growth->value(), -95.0); // not -9.00 %
            QVERIFY(message(dialog, "packageError").contains(QStringLiteral("stock growth")));
            QVERIFY(!ok(dialog)->isEnabled());
            QTest::keyClick(growth, Qt::Key_Up); // the arrows come back into range
            QCOMPARE(growth->value(), -90.0);
            QVERIFY(ok(dialog)->isEnabled());
        },
        [&] {
            QTest::mouseClick(m_pay.page()->findChild<QPushButton *>(QStringLiteral("addPackage")), Qt::LeftButton);
        });
    QVERIFY(seen);
}

void TestFormRules::projectionYearsOutOfRangeAreSaid()
{
    // Pay packages' "Years" box: 15 (the most is 10) is said beside it, and the projection
    // stays at the years it showed last; 6 is taken.
    QVERIFY2(m_pay.open(QStringLiteral("years.careerplan")), qPrintable(m_pay.error()));
    auto *years = m_pay.page()->findChild<QSpinBox *>(QStringLiteral("projectionYears"));
    auto *problem = m_pay.page()->findChild<QLabel *>(QStringLiteral("projectionYearsProblem"));
    auto *table = m_pay.page()->findChild<QTableView *>(QStringLiteral("projectionTable"));
    typeOver(years, QStringLiteral("1"));
    const int rows = table->model()->rowCount(); // a year's projection, as "1" of "15" asks
    QTest::keyClicks(years, QStringLiteral("5"));
    QCOMPARE(years->value(), 15);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("1 to 10 years")), qPrintable(problem->text()));
    QCOMPARE(table->model()->rowCount(), rows);
    typeOver(years, QStringLiteral("6"));
    QVERIFY(!problem->isVisible());
    QVERIFY(table->model()->rowCount() > rows);
}

QTEST_MAIN(TestFormRules)
#include "tst_formrules.moc"
