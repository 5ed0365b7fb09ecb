// A plan paid in two currencies, in the window: the current job and pay history in rupees,
// the levels' bands and the Amazon offer in dollars. Nothing is compared, summed or drawn on
// one axis without the user's rate; with it, every converted figure says so.
#include "PlanFixture.h"
#include "WindowTestSupport.h"
#include "core/pay/PayProjection.h"
#include "core/plan/PlanSession.h"
#include "ui/MainWindow.h"
#include "ui/bands/BandChartPage.h"
#include "ui/charts/ChartView.h"
#include "ui/compare/ComparePage.h"
#include "ui/compare/CompareTableModel.h"
#include "ui/compare/LevelPickerModel.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/path/PathPage.h"
#include "ui/path/PathStepModel.h"
#include "ui/path/ScenarioCompareModel.h"
#include "ui/path/ScenarioComparePage.h"
#include "ui/path/SimulationResultModel.h"
#include "ui/path/UncertaintyPage.h"
#include "ui/pay/PayHistoryPage.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QLineSeries>
#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

class TestCurrencies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dashboardSetsPayAgainstTheBandOnlyThroughARate();
    void pathIsNeverSummedAcrossCurrencies();
    void scenariosAndSimulationEarnInOneCurrencyOnly();
    void payHistoryAndBandsOnlyThroughARate();
    void levelsInTwoCurrenciesAreComparedOnlyThroughARate();

private:
    PlanSession *session() const { return m_window->session(); }
    void undo();
    void addRate(const QString &from, const QString &to, const QString &rate);
    QString notice(QWidget *page) const; // the page's currency notice, or "(hidden)"

    QTemporaryDir m_settingsDir;
    testfiles::PlanFixture m_plan;
    MainWindow *m_window = nullptr;
};

namespace {

// Types text over what field holds, as a user selecting it first does.
void retype(QWidget *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

// Presses Return in the rate dialog, which must then close.
void accept(QDialog *rate)
{
    QTest::keyClick(rate->focusWidget(), Qt::Key_Return);
    QVERIFY2(!rate->isVisible(), qPrintable(rate->findChild<QLabel *>(QStringLiteral("dialogMessage"))->text()));
}

} // namespace

void TestCurrencies::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestCurrencies::init()
{
    QVERIFY2(m_plan.reset(testfiles::PlanFixture::Content::InRupees), qPrintable(m_plan.error()));
    QString error;
    m_window = guitest::openWindow(m_plan.plan(), &error);
    QVERIFY2(m_window, qPrintable(error));
}

void TestCurrencies::cleanup()
{
    delete m_window; // before its plan's folder goes
    m_window = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestCurrencies::undo()
{
    m_window->activateWindow(); // back from the dialogs
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
}

void TestCurrencies::addRate(const QString &from, const QString &to, const QString &rate)
{
    QString error;
    QVERIFY2(session()->payStore().addRate({ 0, from, to, rate, QDate(2026, 11, 1), {} }, &error), qPrintable(error));
}

QString TestCurrencies::notice(QWidget *page) const
{
    auto *notice = page->findChild<QWidget *>(QStringLiteral("currencyNotice"));
    return notice && notice->isVisible() ? notice->findChild<QLabel *>(QStringLiteral("currencyProblem"))->text()
                                         : QStringLiteral("(hidden)");
}

void TestCurrencies::dashboardSetsPayAgainstTheBandOnlyThroughARate()
{
    // Paid ₹38,00,000 base; the level's base band is in dollars, $80,000 – $150,000+.
    auto *page = m_window->findChild<DashboardPage *>();
    auto *pay = page->findChild<QLabel *>(QStringLiteral("dashboardPay"));
    auto *notice = page->findChild<QWidget *>(QStringLiteral("currencyNotice"));
    auto *position = page->findChild<QProgressBar *>(QStringLiteral("dashboardBandPosition"));
    QVERIFY2(pay->text().contains(QStringLiteral("Pay: INR\u00A03,800,000 a year")), qPrintable(pay->text()));
    // Without a rate nothing is set against the band, and the page says why.
    QVERIFY(!pay->text().contains(QStringLiteral("band by")));
    QVERIFY(!position->isVisible());
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->findChild<QLabel *>(QStringLiteral("currencyProblem"))->text(),
             QStringLiteral("Pay is in INR and the band in USD: add an exchange rate to compare them."));

    // The notice's button opens the rates; a rate typed there (codes in lower case) is saved.
    const auto openRates = [notice] {
        QTest::mouseClick(notice->findChild<QPushButton *>(QStringLiteral("openExchangeRates")), Qt::LeftButton);
    };
    QVERIFY(guitest::withDialog(
        this,
        [this](QDialog *rates) {
            QVERIFY(guitest::withDialog(
                this,
                [](QDialog *rate) {
                    retype(rate, "rateFrom", QStringLiteral("inr"));
                    retype(rate, "rateTo", QStringLiteral("usd"));
                    retype(rate, "rateValue", QStringLiteral("0.012"));
                    accept(rate);
                },
                [rates] {
                    QTest::mouseClick(rates->findChild<QPushButton *>(QStringLiteral("addRate")), Qt::LeftButton);
                }));
            QCOMPARE(rates->findChild<QTableView *>(QStringLiteral("rateTable"))->model()->rowCount(), 1);
        },
        openRates));
    const QList<ExchangeRate> &rates = session()->payStore().exchangeRates();
    QCOMPARE(rates.size(), 1);
    QCOMPARE(rates.constFirst().from + rates.constFirst().to + rates.constFirst().rate, QStringLiteral("INRUSD0.012"));
    // ₹38,00,000 × 0.012 = $45,600, which is $34,400 below the band's $80,000.
    const QString rateDay = QLocale().toString(QDate::currentDate(), QStringLiteral("d MMM yyyy"));
    QVERIFY2(pay->text().contains(QStringLiteral("≈ $45,600 at 0.012 USD per INR, your rate of %1.").arg(rateDay)),
             qPrintable(pay->text()));
    QVERIFY2(pay->text().contains(QStringLiteral("Below the band by $34,400.")), qPrintable(pay->text()));
    QVERIFY(!notice->isVisible());

    // The rate edited: Edit ▸ Currencies and Exchange Rates by its mnemonics, Edit Rate,
    // type, Return. ₹38,00,000 × 0.0125 = $47,500.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    QWidget *menu = QApplication::activePopupWidget();
    QVERIFY(guitest::withDialog(
        this,
        [this](QDialog *ratesDialog) {
            ratesDialog->findChild<QTableView *>(QStringLiteral("rateTable"))->selectRow(0);
            QVERIFY(guitest::withDialog(
                this,
                [](QDialog *rate) {
                    retype(rate, "rateValue", QStringLiteral("0.0125"));
                    accept(rate);
                },
                [ratesDialog] {
                    QTest::mouseClick(ratesDialog->findChild<QPushButton *>(QStringLiteral("editRate")),
                                      Qt::LeftButton);
                }));
        },
        [menu] { QTest::keyClick(menu, Qt::Key_C); }));
    QCOMPARE(session()->payStore().exchangeRates().constFirst().rate, QStringLiteral("0.0125"));
    QVERIFY2(pay->text().contains(QStringLiteral("≈ $47,500 at 0.0125 USD per INR")), qPrintable(pay->text()));

    // Edit ▸ Undo takes the edit back, then the rate, and the page follows each time.
    undo();
    QVERIFY2(pay->text().contains(QStringLiteral("≈ $45,600 at 0.012 USD per INR")), qPrintable(pay->text()));
    undo();
    QVERIFY(session()->payStore().exchangeRates().isEmpty());
    QVERIFY(!pay->text().contains(QStringLiteral("band by")));
    QVERIFY(notice->isVisible());
}

void TestCurrencies::pathIsNeverSummedAcrossCurrencies()
{
    // Paid in rupees now; the levels ahead pay what their dollar bands say.
    QVERIFY(guitest::showTab(m_window, QStringLiteral("My path")));
    auto *page = m_window->findChild<PathPage *>();
    QVERIFY(page);
    auto *summary = page->findChild<QLabel *>(QStringLiteral("pathSummary"));
    auto *notice = page->findChild<QWidget *>(QStringLiteral("currencyNotice"));
    auto *earnings = page->findChild<ChartView *>(QStringLiteral("pathEarnings"));
    const PathStepModel *steps = page->steps();
    const auto pay = [steps](int row, int role = Qt::DisplayRole) {
        return steps->index(row, PathStepModel::PayColumn).data(role).toString();
    };
    QVERIFY2(pay(0).startsWith(QStringLiteral("INR")), qPrintable(pay(0)));
    QVERIFY2(pay(1).startsWith(QStringLiteral("$")), qPrintable(pay(1)));
    // No sum of rupees and dollars, no chart of them on one axis: a notice says why.
    QVERIFY2(!summary->text().contains(QStringLiteral("earning")), qPrintable(summary->text()));
    QVERIFY(notice->isVisible());
    const QString problem = notice->findChild<QLabel *>(QStringLiteral("currencyProblem"))->text();
    QVERIFY2(problem.startsWith(QStringLiteral("Pay at Program Manager is in INR and at Senior Program Manager in "
                                               "USD: add an exchange rate")),
             qPrintable(problem));
    QVERIFY(earnings->chart()->series().isEmpty());

    // With the user's rate, and the plan shown in dollars, every figure is in dollars and
    // the converted one says so; the earnings are summed and drawn on a dollar axis.
    QString error;
    QVERIFY2(session()->payStore().addRate(
                 { 0, QStringLiteral("INR"), QStringLiteral("USD"), QStringLiteral("0.012"), QDate(2026, 11, 1), {} },
                 &error),
             qPrintable(error));
    QVERIFY2(session()->payStore().setDisplayCurrency(QStringLiteral("USD"), &error), qPrintable(error));
    const QList<PayPackage> &packages = session()->payStore().payPackages();
    const auto job = std::find_if(packages.cbegin(), packages.cend(),
                                  [](const PayPackage &p) { return p.kind == PayPackage::Kind::CurrentJob; });
    const qint64 rupees = PayProjection::project(*job, 1).constFirst().total();
    const qint64 dollars = (rupees * 12 + 500) / 1000; // × 0.012, to the nearest cent
    QCOMPARE(pay(0), QStringLiteral("≈ %1").arg(Money::format(dollars, QStringLiteral("USD"))));
    QVERIFY2(pay(0, Qt::ToolTipRole)
                 .contains(QStringLiteral("converted from %1 at 0.012 USD per INR, your rate of 1 Nov 2026")
                               .arg(Money::format(rupees, QStringLiteral("INR")))),
             qPrintable(pay(0, Qt::ToolTipRole)));
    QVERIFY2(pay(1).startsWith(QStringLiteral("$")), qPrintable(pay(1)));
    QVERIFY2(summary->text().contains(QStringLiteral("earning about $")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("(in USD, through your exchange rates)")),
             qPrintable(summary->text()));
    QVERIFY(!notice->isVisible());
    QVERIFY(!earnings->chart()->series().isEmpty());
    QStringList titles;
    for (const QAbstractAxis *axis : earnings->chart()->axes(Qt::Vertical))
        titles.append(axis->titleText());
    QVERIFY2(titles.contains(QStringLiteral("Earned since today (USD)")), qPrintable(titles.join(QLatin1Char('|'))));
    QVERIFY2(
        earnings->chart()->title().contains(QStringLiteral("converted at 0.012 USD per INR, your rate of 1 Nov 2026")),
        qPrintable(earnings->chart()->title()));
}

void TestCurrencies::scenariosAndSimulationEarnInOneCurrencyOnly()
{
    QVERIFY(guitest::showTab(m_window, QStringLiteral("My path")));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pathTabs"));
    QVERIFY(guitest::showSubTab(tabs, QStringLiteral("Compare scenarios")));
    auto *scenarios = m_window->findChild<ScenarioComparePage *>();
    const ScenarioCompareModel *table = scenarios->table();
    QVERIFY(table->columnCount() >= 2);
    const int earnedRow = table->rowCount() - 1; // "Earned in 15 years"
    QVERIFY(table->headerData(earnedRow, Qt::Vertical).toString().startsWith(QStringLiteral("Earned in")));
    // Rupees now and dollars ahead: no scenario's earnings are summed, none drawn.
    for (int column = 0; column < table->columnCount(); ++column)
        QCOMPARE(table->index(earnedRow, column).data().toString(), QStringLiteral("— (two currencies)"));
    QVERIFY(scenarios->earningsView()->chart()->series().isEmpty());
    QVERIFY(notice(scenarios).contains(QStringLiteral("is in INR and at")));

    // The Monte Carlo run still gives its dates, and says why it draws no earnings.
    QVERIFY(guitest::showSubTab(tabs, QStringLiteral("Uncertainty")));
    auto *simulation = m_window->findChild<UncertaintyPage *>();
    const auto run = [simulation] {
        QTest::mouseClick(simulation->findChild<QPushButton *>(QStringLiteral("runSimulation")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!simulation->isRunning(), 10000);
    };
    const auto status
        = [simulation] { return simulation->findChild<QLabel *>(QStringLiteral("simulationStatus"))->text(); };
    auto *fan = simulation->findChild<ChartView *>(QStringLiteral("earningsFan"));
    run();
    QVERIFY(simulation->results()->rowCount() > 0);
    QVERIFY2(status().contains(QStringLiteral("Earnings are not drawn. Pay at Program Manager is in INR")),
             qPrintable(status()));
    QVERIFY(fan->chart()->series().isEmpty());

    // With a rate the plan is in rupees throughout (the current job's), summed and drawn.
    addRate(QStringLiteral("INR"), QStringLiteral("USD"), QStringLiteral("0.012"));
    run();
    QVERIFY2(!status().contains(QStringLiteral("Earnings are not drawn")), qPrintable(status()));
    QVERIFY(!fan->chart()->series().isEmpty());
    QVERIFY(guitest::showSubTab(tabs, QStringLiteral("Compare scenarios")));
    for (int column = 0; column < table->columnCount(); ++column)
        QVERIFY2(table->index(earnedRow, column).data().toString().startsWith(QStringLiteral("INR")),
                 qPrintable(table->index(earnedRow, column).data().toString()));
    QVERIFY(!scenarios->earningsView()->chart()->series().isEmpty());
    QCOMPARE(notice(scenarios), QStringLiteral("(hidden)"));
}

void TestCurrencies::payHistoryAndBandsOnlyThroughARate()
{
    const auto seriesOf = [](ChartView *view, auto *type) {
        QStringList names;
        for (QAbstractSeries *series : view->chart()->series()) {
            if (qobject_cast<decltype(type)>(series))
                names.append(series->name());
        }
        return names;
    };
    // Pay history in rupees, the levels' bands in dollars: the years are drawn, the bands not.
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Pay history")));
    auto *history = m_window->findChild<PayHistoryPage *>();
    QCOMPARE(notice(history),
             QStringLiteral("Pay is in INR and the band in USD: add an exchange rate to compare them."));
    QCOMPARE(seriesOf(history->chartView(), static_cast<QAreaSeries *>(nullptr)).size(), 0);
    QVERIFY(
        seriesOf(history->chartView(), static_cast<QLineSeries *>(nullptr)).contains(QStringLiteral("Your base pay")));
    QCOMPARE(history->chartView()->chart()->axes(Qt::Vertical).constFirst()->titleText(),
             QStringLiteral("Pay in the year (INR)"));
    // On Salary bands, the latest year is not drawn across the dollar bands either.
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Salary bands")));
    auto *bands = m_window->findChild<BandChartPage *>();
    QCOMPARE(notice(bands),
             QStringLiteral("Pay is in INR and the bands in USD: add an exchange rate to compare them."));
    QVERIFY(seriesOf(bands->chartView(), static_cast<QLineSeries *>(nullptr)).filter(QStringLiteral("Your")).isEmpty());

    // With the rate, the bands join the history in rupees, and the pay joins the bands in
    // dollars, each saying at what rate.
    addRate(QStringLiteral("INR"), QStringLiteral("USD"), QStringLiteral("0.012"));
    QCOMPARE(notice(bands), QStringLiteral("(hidden)"));
    const QStringList markers
        = seriesOf(bands->chartView(), static_cast<QLineSeries *>(nullptr)).filter(QStringLiteral("Your"));
    QVERIFY(!markers.isEmpty());
    // 2025: ₹37,20,000 base (the sample's $124,000 at thirty rupees) × 0.012 = $44,640.
    QVERIFY2(markers.constFirst().startsWith(QStringLiteral("Your base pay, 2025: ≈ $44.6K at 0.012 USD per INR")),
             qPrintable(markers.constFirst()));
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Pay history")));
    QCOMPARE(notice(history), QStringLiteral("(hidden)"));
    QVERIFY(!seriesOf(history->chartView(), static_cast<QAreaSeries *>(nullptr)).isEmpty());
    QVERIFY2(history->chartView()->chart()->title().contains(QStringLiteral("converted at 0.012 USD per INR")),
             qPrintable(history->chartView()->chart()->title()));
}

void TestCurrencies::levelsInTwoCurrenciesAreComparedOnlyThroughARate()
{
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Compare levels")));
    auto *page = m_window->findChild<ComparePage *>();
    // Program Manager, Senior and Principal (the first ladder's) are ticked; the Senior
    // level's base band is made a euro one.
    CareerLevel senior = session()->ladderStore().ladders().constFirst().levels.at(2);
    QVERIFY(senior.title.startsWith(QStringLiteral("Senior")));
    for (SalaryBand &band : senior.bands)
        band.currency = QStringLiteral("EUR");
    QString error;
    QVERIFY2(session()->ladderStore().updateLevel(0, 2, senior, &error), qPrintable(error));
    const SalaryBand euros = *senior.band(SalaryBand::Kind::Base);
    const CompareTableModel *table = page->table();
    const auto cell = [table](int row, int column) { return table->index(row, column).data().toString(); };
    QCOMPARE(table->rowCount(), 3);
    // Without a rate the euro band is left out, never set beside the dollar ones.
    QCOMPARE(cell(1, CompareTableModel::MinimumColumn), QStringLiteral("—"));
    QVERIFY2(cell(1, CompareTableModel::LevelColumn).endsWith(QStringLiteral(", in EUR")),
             qPrintable(cell(1, CompareTableModel::LevelColumn)));
    QVERIFY2(notice(page).endsWith(QStringLiteral("is in EUR and Program Manager (Program Management) in USD: add an "
                                                  "exchange rate to compare them.")),
             qPrintable(notice(page)));

    // At 1.08 dollars a euro it is compared, converted: its minimum × 1.08, to the cent.
    addRate(QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("1.08"));
    QCOMPARE(notice(page), QStringLiteral("(hidden)"));
    QCOMPARE(cell(1, CompareTableModel::MinimumColumn),
             Money::format((euros.minimum * 108 + 50) / 100, QStringLiteral("USD")));
    QVERIFY(cell(1, CompareTableModel::LevelColumn).endsWith(QStringLiteral(", ≈ converted from EUR")));
    bool rateSaid = false;
    for (const QLabel *label : page->findChildren<QLabel *>())
        rateSaid = rateSaid
                   || label->text().contains(QStringLiteral("Converted at 1.08 USD per EUR, your rate of 1 Nov 2026."));
    QVERIFY(rateSaid);
}

QTEST_MAIN(TestCurrencies)
#include "tst_currencies.moc"
