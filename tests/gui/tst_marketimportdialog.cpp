// Importing market pay reports in the window, by keys: File ▸ Import Market Pay Data reads
// the file on its own thread, says how many rows were read and will be added, lists the
// rows skipped by line, and Import adds the reports as one edit that Ctrl+Z takes back;
// Esc while the file is read stops the read and adds nothing, and a file imported again
// has nothing to add.
#include "ui/market/MarketImportDialog.h"
#include "WindowTestSupport.h"
#include "ui/MainWindow.h"
#include "core/plan/PlanSession.h"
#include "TestFiles.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

class TestMarketImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsFromTheFileMenuAndUndoTakesItBack();
    void escapeWhileReadingAddsNothing();

private:
    // Opens the dialog through File ▸ Import Market Pay Data by keys, and runs interact in it.
    bool inDialog(const std::function<void(MarketImportDialog *)> &interact);
    int reports() const;

    QTemporaryDir m_settingsDir;
    guitest::WindowFixture m_fixture;
    MainWindow *m_window = nullptr;
};

void TestMarketImportDialog::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestMarketImportDialog::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("market.careerplan"), guitest::WindowFixture::Content::Sample),
             qPrintable(m_fixture.error()));
    m_window = m_fixture.window();
}

void TestMarketImportDialog::cleanup()
{
    m_fixture.close();
    m_window = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

int TestMarketImportDialog::reports() const
{
    return testfiles::queryValue(m_fixture.plan(), QStringLiteral("SELECT count(*) FROM market_report")).toInt();
}

bool TestMarketImportDialog::inDialog(const std::function<void(MarketImportDialog *)> &interact)
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window))
        return false;
    QTest::keyClick(m_window, Qt::Key_F, Qt::AltModifier);
    if (!QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr; }))
        return false;
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    return guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            auto *market = qobject_cast<MarketImportDialog *>(dialog);
            QVERIFY(market);
            interact(market);
        },
        [menu] { QTest::keyClick(menu, Qt::Key_M); });
}

void TestMarketImportDialog::importsFromTheFileMenuAndUndoTakesItBack()
{
    const QString csv = m_fixture.filePath(QStringLiteral("offers.csv"));
    QVERIFY(testfiles::writeBytes(csv, "company;title;level;base;total\n"
                                       "Amazon;Product Manager;L6;150000;210000\n"
                                       "Amazon;Product Manager;L6;150000;210000\n"
                                       "Initech;Product Manager;Senior PM;;\n"
                                       "Initech;Product Manager;Senior PM;140K;-3\n"
                                       "Contoso;Program Manager;;120000;\n"));
    const QString before = testfiles::dumpTables(m_fixture.plan());
    QVERIFY(inDialog([&](MarketImportDialog *dialog) {
        auto *import = dialog->findChild<QPushButton *>(QStringLiteral("marketImportButton"));
        QVERIFY(!import->isEnabled());
        auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("marketImportPath"));
        QTest::keyClicks(path, csv);
        QTest::keyClick(path, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isReading());
        QVERIFY(dialog->isVisible()); // Return read the file; it did not import it
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("marketImportSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("a sheet of your own")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Read 5 rows: 3 to add, 2 skipped.")), qPrintable(summary));
        const QAbstractItemModel *skipped
            = dialog->findChild<QTableView *>(QStringLiteral("marketImportSkipped"))->model();
        QCOMPARE(skipped->rowCount(), 2);
        QCOMPARE(skipped->index(0, 0).data().toInt(), 4);
        QCOMPARE(skipped->index(0, 1).data().toString(), QStringLiteral("no base and no total pay"));
        QCOMPARE(skipped->index(1, 0).data().toInt(), 5);
        QVERIFY(skipped->index(1, 1).data().toString().contains(QStringLiteral("negative")));
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    }));
    QCOMPARE(reports(), 3); // the two identical rows are two people's reports
    QVERIFY(m_window->session()->marketStore().hasReports());

    // The same file again: nothing to add, and Import stays off.
    QVERIFY(inDialog([&](MarketImportDialog *dialog) {
        dialog->setFile(csv);
        QTRY_VERIFY(!dialog->isReading());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("marketImportSummary"))
                    ->text()
                    .contains(QStringLiteral("0 to add, 3 already in the plan")));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("marketImportButton"))->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(reports(), 0);
    QCOMPARE(testfiles::dumpTables(m_fixture.plan()), before);
    QVERIFY(!m_window->session()->marketStore().hasReports());
}

void TestMarketImportDialog::escapeWhileReadingAddsNothing()
{
    QByteArray rows = "company,title,total\n";
    for (int i = 0; i < 20'000; ++i)
        rows += "Initech,Product Manager," + QByteArray::number(100'000 + i) + '\n';
    const QString csv = m_fixture.filePath(QStringLiteral("many.csv"));
    QVERIFY(testfiles::writeBytes(csv, rows));
    QVERIFY(inDialog([&](MarketImportDialog *dialog) {
        auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("marketImportPath"));
        QTest::keyClicks(path, csv);
        QTest::keyClick(path, Qt::Key_Return);
        // No event is handled between the two keys: the read is under way when Esc comes.
        QVERIFY(dialog->isReading());
        QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("marketImportProgress"))->isVisible());
        QTest::keyClick(path, Qt::Key_Escape);
        QVERIFY(!dialog->isReading());
        QVERIFY(dialog->isVisible()); // the first Esc stops the read, the second closes
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("marketImportSummary"))->text(),
                 QStringLiteral("Cancelled: nothing was read."));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("marketImportButton"))->isEnabled());
        QTest::keyClick(path, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }));
    QCOMPARE(reports(), 0);
}

QTEST_MAIN(TestMarketImportDialog)
#include "tst_marketimportdialog.moc"
