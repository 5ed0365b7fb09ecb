// Promotions listed where they are recorded, corrected and removed with clicks and keys,
// and the level held now following the latest of them in the file (issue 16, part 1).
#include "core/base/DateText.h"
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "TestFiles.h"
#include "core/plan/PlanSession.h"
#include "ui/path/PathPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace careerplanner;

class TestPromotions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void promotionsAreListedWithTheOneHeldNow();
    void correctingTheLatestMovesTheStart();
    void aSecondPromotionToOneLevelIsRefusedInTheDialog();
    void removingTheLatestSaysWhereYouGoBack();

private:
    void choose(int row)
    {
        QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {},
                          m_table->visualRect(m_table->model()->index(row, 0)).center());
    }
    void click(const char *name)
    {
        QTest::mouseClick(m_page->findChild<QPushButton *>(QLatin1String(name)), Qt::LeftButton);
    }
    QString storedStart() const
    {
        return testfiles::queryValue(m_fixture.plan(), QStringLiteral("SELECT level_start FROM profile")).toString();
    }

    guitest::PageFixture<PathPage> m_fixture;
    PathPage *m_page = nullptr;
    QTableView *m_table = nullptr;
};

void TestPromotions::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPromotions::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("promotions.careerplan")), qPrintable(m_fixture.error()));
    m_page = m_fixture.page();
    QVERIFY(
        guitest::showSubTab(m_page->findChild<QTabWidget *>(QStringLiteral("pathTabs")), QStringLiteral("Promotions")));
    m_table = m_page->findChild<QTableView *>(QStringLiteral("promotionTable"));
    QVERIFY(m_table->isVisible());
}

void TestPromotions::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestPromotions::promotionsAreListedWithTheOneHeldNow()
{
    QCOMPARE(m_table->model()->rowCount(), 2);
    QCOMPARE(m_table->model()->index(0, 1).data().toString(),
             QStringLiteral("Associate Program Manager (Program Management)"));
    QCOMPARE(m_table->model()->index(1, 1).data().toString(),
             QStringLiteral("Program Manager (Program Management, held now)"));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("editPromotion"))->isEnabled()); // none chosen
}

void TestPromotions::correctingTheLatestMovesTheStart()
{
    choose(1);
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("promotionDate"));
            date->setFocus();
            QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(date, QStringLiteral("2021-12-01"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [this] { click("editPromotion"); }));
    const Profile &profile = m_fixture.session()->pathStore().profile();
    QCOMPARE(profile.levelTitle, QStringLiteral("Program Manager"));
    QCOMPARE(profile.levelStart, QDate(2021, 12, 1));
    QCOMPARE(storedStart(), QStringLiteral("2021-12-01"));
    QCOMPARE(testfiles::queryValue(m_fixture.plan(), QStringLiteral("SELECT MAX(date) FROM promotion")).toString(),
             QStringLiteral("2021-12-01"));
}

void TestPromotions::aSecondPromotionToOneLevelIsRefusedInTheDialog()
{
    choose(1);
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *level = dialog->findChild<QComboBox *>(QStringLiteral("promotionLevel"));
            level->setFocus();
            QTest::keyClick(level, Qt::Key_Up); // to Associate Program Manager, the promotion before
            QCOMPARE(level->currentText(), QStringLiteral("Associate Program Manager"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("promotionProblem"))
                        ->text()
                        .contains(QStringLiteral("already the level reached")));
        },
        [this] { click("editPromotion"); }));
    QCOMPARE(m_fixture.session()->pathStore().promotions().constLast().levelTitle, QStringLiteral("Program Manager"));
}

void TestPromotions::removingTheLatestSaysWhereYouGoBack()
{
    choose(1);
    const QString asked = guitest::answerQuestion(this, QMessageBox::Yes, [this] { click("removePromotion"); });
    const QString from = DateText::longDate(QDate(2020, 1, 6));
    QVERIFY2(asked.contains(QStringLiteral("goes back to Associate Program Manager, from %1").arg(from)),
             qPrintable(asked));
    QCOMPARE(m_table->model()->rowCount(), 1);
    const Profile &profile = m_fixture.session()->pathStore().profile();
    QCOMPARE(profile.levelTitle, QStringLiteral("Associate Program Manager"));
    QCOMPARE(storedStart(), QStringLiteral("2020-01-06"));
}

QTEST_MAIN(TestPromotions)
#include "tst_promotions.moc"
