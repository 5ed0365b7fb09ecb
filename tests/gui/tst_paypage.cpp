// Pay packages in the window: entering an offer with key presses, a vesting schedule
// that does not add up refused in the form, and the projection and chart following.
#include "ui/charts/ChartView.h"
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "ui/pay/PackageListModel.h"
#include "ui/pay/PayPage.h"
#include "ui/pay/PayProjectionModel.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "TestFiles.h"
#include "ui/pay/VestingTableModel.h"
#include "ui/widgets/ElidedTextToolTips.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QHeaderView>
#include <QHelpEvent>

#include <functional>

using namespace careerplanner;
using Content = testfiles::PlanFixture::Content;

class TestPayPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sampleOffersSideBySide();
    void enterAnOfferWithKeyPresses();
    void scheduleThatDoesNotAddUpIsRefused();
    void yearsAndInclusion();
    void modelsPassTheTester();
    void aSmallWindowKeepsColumnsReadable();
    void packagesInTwoCurrencies();

private:
    QString cell(int row, int column) const { return m_page->projection()->index(row, column).data().toString(); }

    QString m_path;
    guitest::PageFixture<PayPage> m_fixture;
    PlanSession *m_session = nullptr;
    PayPage *m_page = nullptr;
};

void TestPayPage::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPayPage::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("pay.careerplan"), Content::Sample, { 1300, 850 }),
             qPrintable(m_fixture.error()));
    m_path = m_fixture.plan();
    m_session = m_fixture.session();
    m_page = m_fixture.page();
}

void TestPayPage::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestPayPage::sampleOffersSideBySide()
{
    // Two packages of 4 years, each followed by its total.
    QCOMPARE(m_page->projection()->rowCount(), 10);
    QCOMPARE(cell(0, PayProjectionModel::TotalColumn), QStringLiteral("$234,720"));
    QCOMPARE(cell(4, PayProjectionModel::YearColumn), QStringLiteral("Total, 4 years"));
    auto *axis = qobject_cast<QBarCategoryAxis *>(m_page->chartView()->chart()->axes(Qt::Horizontal).constFirst());
    QCOMPARE(axis->count(), 8); // a bar per package per year
    QVERIFY(axis->categories().constFirst().contains(QStringLiteral("Amazon")));
    QVERIFY(axis->categories().at(1).contains(QStringLiteral("Current")));
}

void TestPayPage::enterAnOfferWithKeyPresses()
{
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no name, no base yet
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("packageName")), QStringLiteral("Offer B"));
            auto *base = dialog->findChild<QWidget *>(QStringLiteral("baseSalary"))->findChild<QLineEdit *>();
            QTest::keyClick(base, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(base, QStringLiteral("abc"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("baseSalary"))
                        ->findChild<QLabel *>(QStringLiteral("errorLabel"))
                        ->text()
                        .contains(QStringLiteral("not an amount")));
            QTest::keyClick(base, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(base, QStringLiteral("$150,000"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        [this] { QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addPackage")), Qt::LeftButton); }));
    QCOMPARE(m_session->payStore().payPackages().size(), 3);
    QCOMPARE(m_page->projection()->rowCount(), 15);
    QCOMPARE(cell(10, PayProjectionModel::PackageColumn), QStringLiteral("Offer B"));
    QCOMPARE(cell(10, PayProjectionModel::BaseColumn), QStringLiteral("$150,000"));
    QCOMPARE(
        testfiles::queryValue(m_path, QStringLiteral("SELECT base_salary FROM pay_package WHERE name = 'Offer B'")),
        QVariant(15'000'000LL));
    // New packages vest like Amazon's unless the user says otherwise.
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT group_concat(basis_points) FROM vesting_tranche "
                                                          "WHERE package_id = (SELECT id FROM pay_package "
                                                          "WHERE name = 'Offer B')"))
                 .toString(),
             QStringLiteral("500,1500,2000,2000,2000,2000"));
}

void TestPayPage::scheduleThatDoesNotAddUpIsRefused()
{
    const QByteArray before = testfiles::readBytes(m_path);
    auto *list = m_page->findChild<QListView *>(QStringLiteral("packageList"));
    const QRect first = list->visualRect(m_page->packages()->index(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            auto *table = dialog->findChild<QTableView *>(QStringLiteral("vestingTable"));
            // Type 4 over the first tranche's 5%: the schedule now adds up to 99%.
            const QModelIndex share = table->model()->index(0, VestingTableModel::ShareColumn);
            table->setFocus();
            table->setCurrentIndex(share);
            QTest::keyClick(table, Qt::Key_F2);
            auto *editor = table->viewport()->findChild<QDoubleSpinBox *>();
            QVERIFY(editor);
            QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(editor, QStringLiteral("4"));
            QTest::keyClick(editor, Qt::Key_Return);
            // The delegate commits on Return through a queued call.
            QTRY_COMPARE(table->model()->index(0, VestingTableModel::ShareColumn).data().toString(),
                         QStringLiteral("4.00"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("vestingStatus"))
                        ->text()
                        .contains(QStringLiteral("99.00%")));
            auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("vestingPreset"));
            QCOMPARE(preset->currentText(), QStringLiteral("Custom"));
        },
        [this] {
            QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("editPackage")), Qt::LeftButton);
        }));
    QCOMPARE(testfiles::readBytes(m_path), before);
}

void TestPayPage::yearsAndInclusion()
{
    auto *years = m_page->findChild<QSpinBox *>(QStringLiteral("projectionYears"));
    years->setFocus();
    QTest::keyClick(years, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(years, QStringLiteral("10"));
    QCOMPARE(m_page->projection()->rowCount(), 22);
    // Untick the current job: only the offer remains, its 10 years and a total.
    auto *list = m_page->findChild<QListView *>(QStringLiteral("packageList"));
    const QRect second = list->visualRect(m_page->packages()->index(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(second.left() + 10, second.center().y()));
    QCOMPARE(m_page->projection()->rowCount(), 11);
    QCOMPARE(cell(10, PayProjectionModel::YearColumn), QStringLiteral("Total, 10 years"));
}

void TestPayPage::modelsPassTheTester()
{
    PackageListModel packages(m_session);
    PayProjectionModel projection;
    VestingTableModel vesting;
    QAbstractItemModelTester t1(&packages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&projection, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&vesting, QAbstractItemModelTester::FailureReportingMode::QtTest);
    projection.setPackages(m_session->payStore().payPackages(), 3, QLocale(QStringLiteral("en_US")));
    QCOMPARE(projection.rowCount(), 8);
    vesting.setSchedule(VestingSchedule::amazonDefault());
    vesting.addTranche();
    QCOMPARE(vesting.schedule().tranches().last().month, 60);
    QVERIFY(!vesting.setData(vesting.index(0, VestingTableModel::MonthColumn), 0)); // months start at 1
    QVERIFY(vesting.setData(vesting.index(6, VestingTableModel::ShareColumn), 12.5));
    QCOMPARE(vesting.schedule().tranches().last().basisPoints, 1250);
    vesting.removeTranche(6);
    QCOMPARE(vesting.schedule(), VestingSchedule::amazonDefault());
}

void TestPayPage::aSmallWindowKeepsColumnsReadable()
{
    // At the width a 1024-pixel screen leaves the page, the package column keeps about ten
    // characters (the table scrolls sideways) and a cut name shows whole when hovered.
    ElidedTextToolTips::install();
    m_page->resize(1000, 600);
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("projectionTable"));
    const int column = PayProjectionModel::PackageColumn;
    QTRY_VERIFY(table->horizontalHeader()->sectionSize(column) < table->viewport()->width() / 2);
    QVERIFY(table->horizontalHeader()->sectionSize(column) >= table->fontMetrics().averageCharWidth() * 10);
    QVERIFY(table->horizontalScrollBar()->maximum() > 0);
    const QModelIndex cell = table->model()->index(0, column);
    const QString name = cell.data().toString();
    QVERIFY(table->fontMetrics().horizontalAdvance(name) > table->visualRect(cell).width()); // it is cut
    const QPoint at = table->visualRect(cell).center();
    QHelpEvent hover(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &hover);
    QTRY_COMPARE(QToolTip::text(), name);
    // A cell that shows its whole text has no tool tip to add.
    QToolTip::hideText();
    const QModelIndex year = table->model()->index(0, column + 1);
    QVERIFY(!year.data().toString().isEmpty());
    const QPoint yearAt = table->visualRect(year).center();
    QHelpEvent hoverYear(QEvent::ToolTip, yearAt, table->viewport()->mapToGlobal(yearAt));
    QApplication::sendEvent(table->viewport(), &hoverYear);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestPayPage::packagesInTwoCurrencies()
{
    // The current job in rupees, the Amazon offer in dollars, and no rate between them.
    QVERIFY2(m_fixture.open(QStringLiteral("rupees.careerplan"), Content::InRupees, { 1300, 850 }),
             qPrintable(m_fixture.error()));
    m_page = m_fixture.page();
    const auto shownCharts = [this] {
        QList<QChart *> charts;
        for (ChartView *view : m_page->findChildren<ChartView *>()) {
            if (view->isVisible())
                charts.append(view->chart());
        }
        return charts;
    };
    const auto axisTitle = [](QChart *chart) { return chart->axes(Qt::Vertical).constFirst()->titleText(); };
    // A chart per currency, side by side, each on its own axis; the notice says why.
    QList<QChart *> charts = shownCharts();
    QCOMPARE(charts.size(), 2);
    QCOMPARE(charts.at(0)->title(), QStringLiteral("Pay per year in USD"));
    QCOMPARE(axisTitle(charts.at(0)), QStringLiteral("Pay in the year (USD)"));
    QCOMPARE(charts.at(1)->title(), QStringLiteral("Pay per year in INR"));
    QCOMPARE(axisTitle(charts.at(1)), QStringLiteral("Pay in the year (INR)"));
    auto *notice = m_page->findChild<QWidget *>(QStringLiteral("currencyNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->findChild<QLabel *>(QStringLiteral("currencyProblem"))->text().contains(QStringLiteral("USD")));

    // With the user's rate and the plan shown in dollars, one chart, the rate in its title.
    QString error;
    QVERIFY2(m_fixture.session()->payStore().addRate(
                 { 0, QStringLiteral("INR"), QStringLiteral("USD"), QStringLiteral("0.012"), QDate(2026, 11, 1), {} },
                 &error),
             qPrintable(error));
    QVERIFY2(m_fixture.session()->payStore().setDisplayCurrency(QStringLiteral("USD"), &error), qPrintable(error));
    charts = shownCharts();
    QCOMPARE(charts.size(), 1);
    QVERIFY2(charts.constFirst()->title().contains(QStringLiteral("converted at 0.012 USD per INR, your rate of 1 "
                                                                  "Nov 2026")),
             qPrintable(charts.constFirst()->title()));
    QCOMPARE(axisTitle(charts.constFirst()), QStringLiteral("Pay in the year (USD)"));
    QVERIFY(!notice->isVisible());
    // The current job's first-year base, ₹38,00,000, stands as $45,600 (in cents).
    auto *bars = qobject_cast<QAbstractBarSeries *>(charts.constFirst()->series().constFirst());
    QCOMPARE(bars->barSets().constFirst()->label(), QStringLiteral("Base"));
    QCOMPARE(bars->barSets().constFirst()->at(1), 4'560'000.0);
    QCOMPARE(bars->barSets().constFirst()->at(0), 16'500'000.0); // the offer's $165,000, as it was
}

QTEST_MAIN(TestPayPage)
#include "tst_paypage.moc"
