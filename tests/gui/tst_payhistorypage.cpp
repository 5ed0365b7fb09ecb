// Pay history in the window: recording a year with key presses, and the chart of pay
// against the band of the level held.
#include "ui/charts/ChartView.h"
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "ui/pay/PayHistoryChart.h"
#include "ui/pay/PayHistoryModel.h"
#include "ui/pay/PayHistoryPage.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "TestFiles.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace careerplanner;
using Content = testfiles::PlanFixture::Content;

class TestPayHistoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chartShowsPayAgainstBands();
    void recordAYearWithKeyPresses();
    void modelPassesTheTester();

private:
    QString m_path;
    guitest::PageFixture<PayHistoryPage> m_fixture;
    PlanSession *m_session = nullptr;
    PayHistoryPage *m_page = nullptr;
};

void TestPayHistoryPage::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPayHistoryPage::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("history.careerplan"), Content::Sample, { 1200, 800 }),
             qPrintable(m_fixture.error()));
    m_path = m_fixture.plan();
    m_session = m_fixture.session();
    m_page = m_fixture.page();
}

void TestPayHistoryPage::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestPayHistoryPage::chartShowsPayAgainstBands()
{
    QChart *chart = m_page->chartView()->chart();
    auto *years = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).constFirst());
    QCOMPARE(years->categoriesLabels(), (QStringList { "2020", "2021", "2022", "2023", "2024", "2025" }));
    int bands = 0;
    QLineSeries *base = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series); area && !area->brush().gradient())
            ++bands;
        else if (series->name() == QLatin1String("Your base pay"))
            base = qobject_cast<QLineSeries *>(series);
    }
    QCOMPARE(bands, 6); // a base band for each year's level (the program guide gives no total bands)
    QVERIFY(base);
    QCOMPARE(base->at(5).y(), 12'400'000.0);
    // 2022 was at Program Manager: its band is $80,000 - $150,000+.
    const CareerLevel *held
        = PayHistoryChart::levelHeld(m_session->payStore().payHistory().at(2), m_session->ladderStore().ladders());
    QVERIFY(held);
    QCOMPARE(held->title, QStringLiteral("Program Manager"));
}

void TestPayHistoryPage::recordAYearWithKeyPresses()
{
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        // The next year after the last, at the same level, is offered.
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("recordYear"))->value(), 2026);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("recordLevel"))->currentText(),
                 QStringLiteral("Program Manager (Program Management)"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // base pay is required
        auto *base = dialog->findChild<QWidget *>(QStringLiteral("recordBase"))->findChild<QLineEdit *>();
        QTest::keyClicks(base, QStringLiteral("131,250.50"));
        QVERIFY(ok->isEnabled());
        auto *year = dialog->findChild<QSpinBox *>(QStringLiteral("recordYear"));
        QTest::keyClick(year, Qt::Key_Down);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("recordNote"))
                    ->text()
                    .contains(QStringLiteral("already recorded")));
        QTest::keyClick(year, Qt::Key_Up);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addRecord")), Qt::LeftButton);
    QVERIFY(seen);
    QCOMPARE(m_page->model()->rowCount(), 7);
    QCOMPARE(m_page->model()->index(6, PayHistoryModel::BaseColumn).data().toString(), QStringLiteral("$131,250.50"));
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT base FROM pay_history WHERE year = 2026")),
             QVariant(13'125'050LL));
    auto *years = qobject_cast<QCategoryAxis *>(m_page->chartView()->chart()->axes(Qt::Horizontal).constFirst());
    QCOMPARE(years->categoriesLabels().constLast(), QStringLiteral("2026"));
}

void TestPayHistoryPage::modelPassesTheTester()
{
    PayHistoryModel model(m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, PayHistoryModel::TotalColumn).data().toString(), QStringLiteral("$86,000"));
    QString error;
    QVERIFY(m_session->payStore().removeRecord(0, &error));
    QCOMPARE(model.rowCount(), 5);
}

QTEST_MAIN(TestPayHistoryPage)
#include "tst_payhistorypage.moc"
