// Compare levels, driven with clicks and keys: the table's figures and the chart follow.
#include "ui/charts/ChartView.h"
#include "ui/compare/CompareTableModel.h"
#include "ui/compare/ComparePage.h"
#include "ui/compare/LevelPickerModel.h"
#include "core/io/MarketImporter.h"
#include "core/plan/PlanFactory.h"
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "core/plan/PlanSession.h"
#include "TestFiles.h"

#include <QAbstractItemModelTester>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QListView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;
using Content = testfiles::PlanFixture::Content;

class TestComparePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithTheNextPromotions();
    void tickLevelsAcrossLadders();
    void atMostFourLevels();
    void switchToTotalCompensation();
    void marketMediansWithTheirCounts();
    void modelsPassTheTester();

private:
    void clickCheckBox(int row);
    int rowOf(const QString &text) const;
    QString cell(int row, int column) const { return m_page->table()->index(row, column).data().toString(); }

    guitest::PageFixture<ComparePage> m_fixture;
    PlanSession *m_session = nullptr;
    QString m_path;
    ComparePage *m_page = nullptr;
};

void TestComparePage::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestComparePage::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("c.careerplan"), Content::ReferenceLadders, { 1200, 800 }),
             qPrintable(m_fixture.error()));
    m_path = m_fixture.plan();
    m_session = m_fixture.session();
    m_page = m_fixture.page();
}

void TestComparePage::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

int TestComparePage::rowOf(const QString &text) const
{
    const QModelIndexList found
        = m_page->picker()->match(m_page->picker()->index(0), Qt::DisplayRole, text, 1, Qt::MatchExactly);
    return found.isEmpty() ? -1 : found.first().row();
}

void TestComparePage::clickCheckBox(int row)
{
    auto *view = m_page->findChild<QListView *>(QStringLiteral("comparePicker"));
    view->scrollTo(m_page->picker()->index(row));
    const QRect rect = view->visualRect(m_page->picker()->index(row));
    // The check box sits at the start of the row.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
}

void TestComparePage::startsWithTheNextPromotions()
{
    CompareTableModel *table = m_page->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(cell(0, CompareTableModel::LevelColumn), QStringLiteral("Program Manager (Program Management)"));
    QCOMPARE(cell(0, CompareTableModel::MaximumColumn), QStringLiteral("$150,000+"));
    // $80k-$150k+ (floor of the midpoint $115k) to $110k-$200k+ ($155k): both open.
    QCOMPARE(cell(0, CompareTableModel::MidpointColumn), QStringLiteral("≥ $115,000"));
    QCOMPARE(cell(1, CompareTableModel::StepColumn), QStringLiteral("≈ +$40,000"));
    QCOMPARE(cell(1, CompareTableModel::StepPercentColumn), QStringLiteral("≈ +34.8%"));
}

void TestComparePage::tickLevelsAcrossLadders()
{
    // Untick the three defaults, then tick APM and Senior Product Manager.
    for (const char *title : { "Program Manager (Program Management)", "Senior Program Manager (Program Management)",
                               "Program Management Leader (Program Management)" })
        clickCheckBox(rowOf(QString::fromUtf8(title)));
    QCOMPARE(m_page->table()->rowCount(), 0);
    clickCheckBox(rowOf(QStringLiteral("Associate Program Manager (Program Management)")));
    clickCheckBox(rowOf(QStringLiteral("Senior Product Manager (Product Management)")));
    QCOMPARE(m_page->table()->rowCount(), 2);
    // Base: APM $60k-$120k (mid $90k) to Senior PM $150k-$180k (mid $165k): +$75,000, +83.3%, exact.
    QCOMPARE(cell(1, CompareTableModel::StepColumn), QStringLiteral("+$75,000"));
    QCOMPARE(cell(1, CompareTableModel::StepPercentColumn), QStringLiteral("+83.3%"));
    QCOMPARE(cell(1, CompareTableModel::MidpointColumn), QStringLiteral("$165,000"));

    // The chart shows the same two levels, the step written under the higher one.
    auto *axis = qobject_cast<QCategoryAxis *>(m_page->chartView()->chart()->axes(Qt::Vertical).constFirst());
    QCOMPARE(axis->categoriesLabels().size(), 2);
    QVERIFY(axis->categoriesLabels().at(1).contains(QStringLiteral("+$75K (+83.3%)")));
}

void TestComparePage::atMostFourLevels()
{
    clickCheckBox(rowOf(QStringLiteral("Director of Program Management (Program Management)")));
    QCOMPARE(m_page->table()->rowCount(), 4);
    const int fifth = rowOf(QStringLiteral("Chief Program Officer (Program Management)"));
    clickCheckBox(fifth);
    QCOMPARE(m_page->table()->rowCount(), 4);
    QCOMPARE(m_page->picker()->index(fifth).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void TestComparePage::switchToTotalCompensation()
{
    auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("compareKind"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentText(), QStringLiteral("Total compensation"));
    // The program guide gives no total compensation: every figure says so.
    QCOMPARE(cell(0, CompareTableModel::MinimumColumn), QStringLiteral("—"));
    QCOMPARE(cell(1, CompareTableModel::StepColumn), QStringLiteral("—"));
}

void TestComparePage::marketMediansWithTheirCounts()
{
    auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("compareKind"));
    QCOMPARE(kind->count(), 2); // no reports, no market medians offered
    // Five Program Managers at 100k … 140k by 10k (P25 110k, median 120k, P75 130k), five
    // Senior at 150k … 190k (median 170k) and three Program Management Leaders (too few).
    QByteArray csv = "title,base\n";
    for (int i = 0; i < 5; ++i) {
        csv += "Program Manager," + QByteArray::number(100'000 + 10'000 * i) + "\n";
        csv += "Senior Program Manager," + QByteArray::number(150'000 + 10'000 * i) + "\n";
    }
    for (int i = 0; i < 3; ++i)
        csv += "Program Management Leader,200000\n";
    const QString path = m_fixture.filePath(QStringLiteral("reports.csv"));
    QVERIFY(testfiles::writeBytes(path, csv));
    int added = 0;
    QString error;
    QVERIFY2(MarketImporter::apply(*m_session, MarketImporter::preview(*m_session, path, QDate(2026, 12, 2)), &added,
                                   &error),
             qPrintable(error));
    QCOMPARE(added, 13);

    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentText(), QStringLiteral("Market median base salary"));
    CompareTableModel *table = m_page->table();
    QCOMPARE(table->headerData(CompareTableModel::MidpointColumn, Qt::Horizontal).toString(), QStringLiteral("Median"));
    QCOMPARE(cell(0, CompareTableModel::LevelColumn), QStringLiteral("Program Manager (Program Management) · n 5"));
    QCOMPARE(cell(0, CompareTableModel::MinimumColumn), QStringLiteral("$110,000"));
    QCOMPARE(cell(0, CompareTableModel::MidpointColumn), QStringLiteral("$120,000"));
    QCOMPARE(cell(0, CompareTableModel::MaximumColumn), QStringLiteral("$130,000"));
    // Median to median: 170k − 120k = 50k, 41.7% of 120k, exact (no open top).
    QCOMPARE(cell(1, CompareTableModel::StepColumn), QStringLiteral("+$50,000"));
    QCOMPARE(cell(1, CompareTableModel::StepPercentColumn), QStringLiteral("+41.7%"));
    QCOMPARE(cell(2, CompareTableModel::LevelColumn),
             QStringLiteral("Program Management Leader (Program Management) · too few reports (n 3)"));
    QCOMPARE(cell(2, CompareTableModel::MidpointColumn), QStringLiteral("—"));
    QCOMPARE(cell(2, CompareTableModel::StepColumn), QStringLiteral("—"));
    QCOMPARE(m_page->chartView()->chart()->title(),
             QStringLiteral("What each step up is worth, market median to median"));

    // Back on the guides' ranges, the table is as before.
    QTest::keyClick(kind, Qt::Key_Up);
    QTest::keyClick(kind, Qt::Key_Up);
    QCOMPARE(cell(0, CompareTableModel::MidpointColumn), QStringLiteral("≥ $115,000"));
    QCOMPARE(table->headerData(CompareTableModel::MidpointColumn, Qt::Horizontal).toString(),
             QStringLiteral("Midpoint"));
}

void TestComparePage::modelsPassTheTester()
{
    LevelPickerModel picker(m_session);
    CompareTableModel table;
    QAbstractItemModelTester pickerTester(&picker, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    picker.setChecked(1, 0, true);
    picker.setChecked(1, 2, true);
    QCOMPARE(picker.checkedLevels().size(), 2);
    QList<BandComparison::Entry> entries;
    for (const auto &[ladder, level] : picker.checkedLevels())
        entries.append(BandComparison::entryFor(
            QString(),
            m_session->ladderStore().ladders()[ladder].levels[level].band(SalaryBand::Kind::TotalCompensation)));
    table.setEntries(entries, QLocale(QStringLiteral("en_US")));
    // Product Manager total $140k-$180k (mid $160k) to Principal $300k+: at least +$140,000.
    QCOMPARE(table.index(1, CompareTableModel::StepColumn).data().toString(), QStringLiteral("≥ +$140,000"));
    QCOMPARE(table.index(1, CompareTableModel::MaximumColumn).data().toString(), QStringLiteral("no top (open)"));
    CareerLevel extra;
    extra.title = QStringLiteral("Staff PM");
    QString error;
    QVERIFY(m_session->ladderStore().insertLevel(1, 0, extra, &error));
    QCOMPARE(picker.checkedLevels().size(), 2); // the ticks follow their levels, not rows
}

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
