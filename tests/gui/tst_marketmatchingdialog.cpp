// Correcting the market reports' matching from the Market pay page, by clicks and keys: the
// table shows each title and level field with where its reports went and why; matching a
// title to a level, adding a company alias and giving a title back to the rules each change
// the page's figures at once and are one edit each, which undo takes back; an alias without
// its company is refused in the form and changes nothing.
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "core/io/MarketImporter.h"
#include "ui/market/MarketDistributionModel.h"
#include "ui/market/MarketMatchingDialog.h"
#include "ui/market/MarketPage.h"
#include "ui/market/MarketTitleGroupModel.h"
#include "ui/market/MarketTitleMatchPanel.h"
#include "TestFiles.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace careerplanner;
using Content = testfiles::PlanFixture::Content;

class TestMarketMatchingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void correctionsChangeTheFiguresAndAreUndone();

private:
    // The reports of the page's level called title, 0 if it has no row.
    int reportsOf(const QString &title) const;
    static void clickRow(QTableView *table, int row);

    guitest::PageFixture<MarketPage> m_fixture;
    MarketPage *m_page = nullptr;
};

void TestMarketMatchingDialog::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMarketMatchingDialog::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("matching.careerplan"), Content::Sample, { 1200, 800 }),
             qPrintable(m_fixture.error()));
    m_page = m_fixture.page();
    // Six Amazon L6 Product Managers (Senior, by the level code), two at AWS (unmatched: the
    // code is Amazon's, and AWS is not known to be Amazon) and five "Product Lead, Band 5"
    // at Initech (no ladder's job family).
    QByteArray csv = "company,title,level,base,total\n";
    for (int i = 0; i < 6; ++i)
        csv += "Amazon,Product Manager,L6,150000,250000\n";
    csv += "AWS,Product Manager,L6,160000,260000\nAWS,Product Manager,L6,170000,270000\n";
    for (int i = 0; i < 5; ++i)
        csv += "Initech,Product Lead,Band 5,140000,180000\n";
    const QString path = m_fixture.filePath(QStringLiteral("reports.csv"));
    QVERIFY(testfiles::writeBytes(path, csv));
    const MarketImporter::Preview preview = MarketImporter::preview(*m_fixture.session(), path, QDate(2026, 12, 2));
    int added = 0;
    QString error;
    QVERIFY2(MarketImporter::apply(*m_fixture.session(), preview, &added, &error), qPrintable(error));
    QCOMPARE(added, 13);
}

void TestMarketMatchingDialog::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

int TestMarketMatchingDialog::reportsOf(const QString &title) const
{
    const MarketDistributionModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MarketDistributionModel::LevelColumn).data().toString() == title)
            return model->index(row, MarketDistributionModel::ReportsColumn).data().toInt();
    }
    return 0;
}

void TestMarketMatchingDialog::clickRow(QTableView *table, int row)
{
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
}

void TestMarketMatchingDialog::correctionsChangeTheFiguresAndAreUndone()
{
    const QString senior = QStringLiteral("Senior Product Manager");
    QCOMPARE(reportsOf(senior), 6);
    const QString before = testfiles::dumpTables(m_fixture.plan());
    QSignalSpy recorded(m_fixture.session(), &PlanSession::editRecorded);
    QStringList seen; // what the table said at each step, checked below
    QList<int> seniorReports;
    QString refused;
    const bool opened = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            auto *matching = qobject_cast<MarketMatchingDialog *>(dialog);
            QVERIFY(matching);
            auto *table = dialog->findChild<QTableView *>(QStringLiteral("marketTitleGroups"));
            QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            const auto row = [table](int r) {
                QStringList cells;
                for (int c = 0; c < table->model()->columnCount(); ++c)
                    cells.append(table->model()->index(r, c).data().toString());
                return cells.join(QStringLiteral(" | "));
            };
            seen << row(0) << row(1);

            // Initech's Product Lead, Band 5 matched to Senior Product Manager by keys.
            clickRow(table, 1);
            auto *target = dialog->findChild<QComboBox *>(QStringLiteral("marketMatchTarget"));
            QCOMPARE(target->currentIndex(), 0); // unmatched, so "leave unmatched" is shown
            const int seniorTarget
                = target->findText(QStringLiteral("Product Management, Senior Product Manager (L6)"));
            QVERIFY(seniorTarget > 0);
            target->setFocus();
            for (int i = 0; i < seniorTarget; ++i)
                QTest::keyClick(target, Qt::Key_Down);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("matchMarketTitle")), Qt::LeftButton);
            seniorReports << reportsOf(senior);
            seen << row(table->model()->rowCount() > 1 ? 1 : 0);

            // AWS counted as Amazon, on the other tab: first with no company, refused.
            auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("marketMatchingTabs"));
            QVERIFY(guitest::showSubTab(tabs, QStringLiteral("&Company Names")));
            auto *alias = dialog->findChild<QLineEdit *>(QStringLiteral("marketAliasName"));
            QTest::keyClicks(alias, QStringLiteral("AWS"));
            QTest::keyClick(alias, Qt::Key_Return);
            auto *problem = dialog->findChild<QLabel *>(QStringLiteral("marketAliasProblem"));
            refused = problem->isVisible() ? problem->text() : QString();
            auto *company = dialog->findChild<QComboBox *>(QStringLiteral("marketAliasCompany"));
            QTest::keyClicks(company->lineEdit(), QStringLiteral("Amazon"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addMarketAlias")), Qt::LeftButton);
            seniorReports << reportsOf(senior);
            QCOMPARE(dialog->findChild<QTableView *>(QStringLiteral("marketAliases"))->model()->rowCount(), 1);
            QVERIFY(!problem->isVisible());
            QVERIFY(alias->text().isEmpty());

            // Nothing is left unmatched now.
            QVERIFY(guitest::showSubTab(tabs, QStringLiteral("&Titles and Levels")));
            auto *only = dialog->findChild<QCheckBox *>(QStringLiteral("marketOnlyUnmatched"));
            only->setFocus();
            QTest::keyClick(only, Qt::Key_Space);
            QCOMPARE(table->model()->rowCount(), 0);
            QTest::keyClick(only, Qt::Key_Space);
            QCOMPARE(table->model()->rowCount(), 2);

            // The Product Lead given back to the rules: unmatched again.
            auto *rules = dialog->findChild<QPushButton *>(QStringLiteral("useMatchingRules"));
            const int lead
                = matching->titles()->model()->rowOf(QStringLiteral("product lead"), QStringLiteral("band 5"));
            QVERIFY(lead >= 0);
            clickRow(table, lead);
            QVERIFY(rules->isEnabled());
            QTest::mouseClick(rules, Qt::LeftButton);
            seniorReports << reportsOf(senior);
            QVERIFY(!rules->isEnabled());
        },
        [this] {
            QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("correctMarketMatching")),
                              Qt::LeftButton);
        });
    QVERIFY(opened);
    QCOMPARE(seen.value(0), QStringLiteral("Product Manager | L6 | 8 | Product Management, Senior Product Manager | "
                                           "by the rules; 2 unmatched"));
    QCOMPARE(seen.value(1), QStringLiteral("Product Lead | Band 5 | 5 | no ladder's job family | 5 unmatched"));
    QCOMPARE(seen.value(2),
             QStringLiteral("Product Lead | Band 5 | 5 | Product Management, Senior Product Manager | your match"));
    QCOMPARE(refused, QStringLiteral("An alias needs both the other name and the company it stands for."));
    QCOMPARE(seniorReports, (QList<int> { 11, 13, 8 }));
    QCOMPARE(recorded.count(), 3);
    QCOMPARE(recorded.at(1).at(0).toString(), QStringLiteral("Call AWS Amazon"));

    PlanUndoLog::Range redo;
    QString error;
    for (int i = 2; i >= 0; --i)
        QVERIFY2(m_fixture.session()->replayEdit(
                     { recorded.at(i).at(1).toLongLong(), recorded.at(i).at(2).toLongLong() }, &redo, &error),
                 qPrintable(error));
    QCOMPARE(testfiles::dumpTables(m_fixture.plan()), before);
    QCOMPARE(reportsOf(senior), 6);
}

QTEST_MAIN(TestMarketMatchingDialog)
#include "tst_marketmatchingdialog.moc"
