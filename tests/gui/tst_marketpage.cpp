// The market pay page: empty, it says what it is for and offers the import; with reports,
// the table holds a row per level and one for all levels, with percentiles worked out by
// hand and "too few reports" below five; typing a place or choosing a company changes the
// figures at once; removing a file's reports is one edit that undo takes back.
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "core/io/MarketImporter.h"
#include "ui/market/MarketDistributionModel.h"
#include "ui/market/MarketPage.h"
#include "ui/widgets/EmptyStateStack.h"
#include "TestFiles.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace careerplanner;
using Content = testfiles::PlanFixture::Content;

class TestMarketPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyItSaysWhatToDo();
    void levelsWithTheirPercentiles();
    void filtersChangeTheFiguresAtOnce();
    void removingAFileIsUndoable();

private:
    void importReports();
    QString cell(int row, int column) const;

    guitest::PageFixture<MarketPage> m_fixture;
    MarketPage *m_page = nullptr;
};

void TestMarketPage::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMarketPage::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("market.careerplan"), Content::Sample, { 1200, 800 }),
             qPrintable(m_fixture.error()));
    m_page = m_fixture.page();
}

void TestMarketPage::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestMarketPage::importReports()
{
    // Amazon's Senior Product Managers (L6): six totals 200k … 300k by 20k, in Seattle; three
    // Product Managers at Initech in Austin; and one Google L6 in Seattle with no years.
    QByteArray csv = "company,title,level,base,total,location\n";
    for (int i = 0; i < 6; ++i)
        csv += "Amazon,Product Manager,L6,150000," + QByteArray::number(200'000 + 20'000 * i) + ",Seattle\n";
    for (int i = 0; i < 3; ++i)
        csv += "Initech,Product Manager,PM II,100000,120000,Austin\n";
    csv += "Google,Product Manager,L6,170000,260000,Seattle\n";
    const QString path = m_fixture.filePath(QStringLiteral("reports.csv"));
    QVERIFY(testfiles::writeBytes(path, csv));
    const MarketImporter::Preview preview = MarketImporter::preview(*m_fixture.session(), path, QDate(2026, 12, 2));
    int added = 0;
    QString error;
    QVERIFY2(MarketImporter::apply(*m_fixture.session(), preview, &added, &error), qPrintable(error));
    QCOMPARE(added, 10);
}

QString TestMarketPage::cell(int row, int column) const
{
    return m_page->model()->index(row, column).data().toString();
}

void TestMarketPage::emptyItSaysWhatToDo()
{
    auto *empty = m_page->findChild<EmptyStateStack *>(QStringLiteral("marketPayEmpty"));
    QVERIFY(empty->isShowingEmpty());
    QVERIFY(empty->emptyText().contains(QStringLiteral("import compensation reports")));
    QCOMPARE(empty->firstStepButton()->text(), QStringLiteral("&Import Market Pay Data…"));
    importReports();
    QVERIFY(!empty->isShowingEmpty()); // the import's change notice rebuilt the page
}

void TestMarketPage::levelsWithTheirPercentiles()
{
    importReports();
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The sample's ladder is Program Management, which has no reports: Product Management,
    // with all ten, is chosen.
    auto *family = m_page->findChild<QComboBox *>(QStringLiteral("marketFamily"));
    QVERIFY2(family->currentText().startsWith(QStringLiteral("Product Manager (Product Management): 10 reports")),
             qPrintable(family->currentText()));
    QCOMPARE(m_page->model()->rowCount(), 3);
    QCOMPARE(cell(0, MarketDistributionModel::LevelColumn), QStringLiteral("Product Manager"));
    QCOMPARE(cell(0, MarketDistributionModel::ReportsColumn), QStringLiteral("3"));
    QCOMPARE(cell(0, MarketDistributionModel::FirstTotalColumn + 2), QStringLiteral("too few reports"));
    QVERIFY(cell(0, MarketDistributionModel::FirstTotalColumn).isEmpty());
    // Senior: Amazon's six (the Google report's L6 is not Amazon's, and it has no years).
    // Totals 200k + 20k·i, rank p·5/100: P10 = 210,000, P50 = 250,000, P90 = 290,000.
    QCOMPARE(cell(1, MarketDistributionModel::LevelColumn), QStringLiteral("Senior Product Manager"));
    QCOMPARE(cell(1, MarketDistributionModel::ReportsColumn), QStringLiteral("6"));
    QCOMPARE(cell(1, MarketDistributionModel::FirstTotalColumn), QStringLiteral("$210,000"));
    QCOMPARE(cell(1, MarketDistributionModel::FirstTotalColumn + 2), QStringLiteral("$250,000"));
    QCOMPARE(cell(1, MarketDistributionModel::FirstTotalColumn + 4), QStringLiteral("$290,000"));
    QCOMPARE(cell(1, MarketDistributionModel::FirstBaseColumn + 2), QStringLiteral("$150,000"));
    QCOMPARE(cell(2, MarketDistributionModel::LevelColumn), QStringLiteral("All levels"));
    QCOMPARE(cell(2, MarketDistributionModel::ReportsColumn), QStringLiteral("10"));
    QVERIFY(
        m_page->findChild<QLabel *>(QStringLiteral("marketNotes"))->text().contains(QStringLiteral("PERCENTILE.INC")));
}

void TestMarketPage::filtersChangeTheFiguresAtOnce()
{
    importReports();
    auto *place = m_page->findChild<QLineEdit *>(QStringLiteral("marketLocation"));
    place->setFocus();
    QTest::keyClicks(place, QStringLiteral("seattle"));
    QCOMPARE(m_page->model()->rowCount(), 2); // Senior, and all levels: Initech is in Austin
    QCOMPARE(cell(1, MarketDistributionModel::ReportsColumn), QStringLiteral("7"));
    auto *company = m_page->findChild<QComboBox *>(QStringLiteral("marketCompany"));
    QCOMPARE(company->itemText(1), QStringLiteral("Amazon (6)")); // most reports first
    company->setFocus();
    QTest::keyClick(company, Qt::Key_Down);
    QCOMPARE(cell(1, MarketDistributionModel::ReportsColumn), QStringLiteral("6"));
    QTest::keyClick(company, Qt::Key_Down);
    QCOMPARE(company->currentText(), QStringLiteral("Initech (3)"));
    QCOMPARE(m_page->model()->rowCount(), 0); // Initech has no report in Seattle
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("marketNotes"))->text().startsWith(QStringLiteral("No report")));
}

void TestMarketPage::removingAFileIsUndoable()
{
    importReports();
    const QString before = testfiles::dumpTables(m_fixture.plan());
    QSignalSpy recorded(m_fixture.session(), &PlanSession::editRecorded);
    auto *files = m_page->findChild<QTableView *>(QStringLiteral("marketImports"));
    QCOMPARE(files->model()->rowCount(), 1);
    QCOMPARE(files->model()->index(0, 0).data().toString(), QStringLiteral("reports.csv"));
    QCOMPARE(files->model()->index(0, 3).data().toString(), QStringLiteral("10"));
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("removeMarketImport"));
    QVERIFY(!remove->isEnabled());
    QTest::mouseClick(files->viewport(), Qt::LeftButton, {}, files->visualRect(files->model()->index(0, 0)).center());
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(recorded.at(0).at(0).toString(), QStringLiteral("Remove market reports of reports.csv"));
    QVERIFY(m_page->findChild<EmptyStateStack *>(QStringLiteral("marketPayEmpty"))->isShowingEmpty());
    PlanUndoLog::Range redo;
    QString error;
    QVERIFY2(m_fixture.session()->replayEdit({ recorded.at(0).at(1).toLongLong(), recorded.at(0).at(2).toLongLong() },
                                             &redo, &error),
             qPrintable(error));
    QCOMPARE(testfiles::dumpTables(m_fixture.plan()), before);
    QCOMPARE(m_page->model()->rowCount(), 3);
}

QTEST_MAIN(TestMarketPage)
#include "tst_marketpage.moc"
