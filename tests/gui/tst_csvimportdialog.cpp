// Importing from CSV in the window: File ▸ Import Pay History opens the preview; a file
// with a bad row shows the row's line and reason and cannot be imported; the fixed file
// imports every row at once, and Ctrl+Z takes the whole import back.
#include "ui/import/CsvImportDialog.h"
#include "WindowTestSupport.h"
#include "ui/MainWindow.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "TestFiles.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

class TestCsvImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void payHistoryFromTheFileMenu();
    void levelsIntoTheChosenLadder();

private:
    void openFileMenu();

    QTemporaryDir m_settingsDir;
    guitest::WindowFixture m_fixture;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestCsvImportDialog::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestCsvImportDialog::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("csv.careerplan"), guitest::WindowFixture::Content::Sample),
             qPrintable(m_fixture.error()));
    m_window = m_fixture.window();
    m_path = m_fixture.plan();
}

void TestCsvImportDialog::cleanup()
{
    m_fixture.close();
    m_window = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestCsvImportDialog::openFileMenu()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
}

void TestCsvImportDialog::payHistoryFromTheFileMenu()
{
    const QString csv = m_fixture.filePath(QStringLiteral("pay.csv"));
    QVERIFY(testfiles::writeBytes(csv, "Year,Base,Bonus\r\n2012,58000,0\r\n2013,sixty thousand,0\r\n"));
    const QString before = testfiles::dumpTables(m_path);
    const int years = int(m_window->session()->payStore().payHistory().size());

    openFileMenu();
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            auto *importDialog = qobject_cast<CsvImportDialog *>(dialog);
            QVERIFY(importDialog);
            auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("importPath"));
            auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
            QVERIFY(!import->isEnabled());
            QTest::keyClicks(path, csv);
            QTest::keyClick(path, Qt::Key_Return);
            // One good row previewed, the bad one named by its line; nothing can be imported.
            QCOMPARE(importDialog->rowModel()->rowCount(), 1);
            QCOMPARE(importDialog->problemModel()->rowCount(), 1);
            QCOMPARE(importDialog->problemModel()->index(0, 0).data().toInt(), 3);
            QVERIFY(
                importDialog->problemModel()->index(0, 1).data().toString().contains(QStringLiteral("sixty thousand")));
            QVERIFY(!import->isEnabled());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("importSummary"))
                        ->text()
                        .contains(QStringLiteral("Nothing")));

            // Fixed in the spreadsheet and read again.
            QVERIFY(testfiles::writeBytes(csv, "Year,Base,Bonus\r\n2012,58000,0\r\n2013,\"$60,000\",1500\r\n"));
            QTest::keyClick(path, Qt::Key_Return);
            QCOMPARE(importDialog->rowModel()->rowCount(), 2);
            QCOMPARE(importDialog->problemModel()->rowCount(), 0);
            QVERIFY(dialog->isVisible()); // Return previewed the file; it did not import it
            QCOMPARE(importDialog->rowModel()->index(1, 4).data().toString(), QStringLiteral("$60,000"));
            QVERIFY(import->isEnabled());
            QTest::mouseClick(import, Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        },
        [menu] { QTest::keyClick(menu, Qt::Key_I); }));
    QCOMPARE(m_window->session()->payStore().payHistory().size(), years + 2);
    QCOMPARE(
        testfiles::queryValue(m_path, QStringLiteral("SELECT bonus FROM pay_history WHERE year = 2013")).toLongLong(),
        150'000);

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(testfiles::dumpTables(m_path), before);
    QCOMPARE(m_window->session()->payStore().payHistory().size(), years);
}

void TestCsvImportDialog::levelsIntoTheChosenLadder()
{
    const QString csv = m_fixture.filePath(QStringLiteral("levels.csv"));
    QVERIFY(testfiles::writeBytes(csv, "title,base min,base max\nStaff PM,150000,220000+\n"));
    const int ladder = 1;
    const int levels = int(m_window->session()->ladderStore().ladders().at(ladder).levels.size());
    openFileMenu();
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            auto *importDialog = qobject_cast<CsvImportDialog *>(dialog);
            QVERIFY(importDialog);
            auto *ladders = dialog->findChild<QComboBox *>(QStringLiteral("importLadder"));
            ladders->setFocus();
            QTest::keyClick(ladders, Qt::Key_Down);
            QCOMPARE(ladders->currentIndex(), ladder);
            importDialog->setFile(csv);
            QCOMPARE(importDialog->rowModel()->rowCount(), 1);
            QCOMPARE(importDialog->rowModel()->index(0, 4).data().toString(), QStringLiteral("$150,000 – $220,000+"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        },
        [menu] { QTest::keyClick(menu, Qt::Key_L); }));
    QCOMPARE(m_window->session()->ladderStore().ladders().at(ladder).levels.size(), levels + 1);
    QCOMPARE(m_window->session()->ladderStore().ladders().at(ladder).levels.constLast().title,
             QStringLiteral("Staff PM"));
}

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
