// The main window driven as a user drives it: keys and clicks, then what the table shows
// and what the plan file holds.
#include "ui/ladders/LadderListModel.h"
#include "ui/ladders/LevelTableModel.h"
#include "ui/MainWindow.h"
#include "ui/charts/ChartView.h"
#include "core/plan/PlanFactory.h"
#include "WindowTestSupport.h"
#include "core/plan/PlanSession.h"
#include "TestFiles.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QTabWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QInputDialog>
#include <QFileInfo>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace careerplanner;
using testfiles::queryValue;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsProgramLadderWithBands();
    void switchLaddersWithKeyboard();
    void selectingLevelShowsDetails();
    void editBandWithKeyPresses();
    void invalidBandIsRefusedInTheForm();
    void addLevelThroughDialog();
    void addAndRemoveLadder();
    void deleteOnAnotherPageRemovesNothing();
    void windowGeometryIsRemembered();
    void exportChartSavesTheChartOnScreen();
    void modelsPassTheTester();

private:
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("levelTable")); }
    QComboBox *selector() const { return m_window->findChild<QComboBox *>(QStringLiteral("ladderSelector")); }
    void selectRow(int row);

    QTemporaryDir m_settingsDir;
    guitest::WindowFixture m_fixture;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    // Window settings go to a private folder, not the user's.
    guitest::setUpWindowTests(m_settingsDir);
}

void TestMainWindow::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("gui.careerplan"), guitest::WindowFixture::Content::ReferenceLadders),
             qPrintable(m_fixture.error()));
    m_window = m_fixture.window();
    m_path = m_fixture.plan();
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Ladders"))); // the window opens on the dashboard
}

void TestMainWindow::cleanup()
{
    m_fixture.close();
    m_window = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestMainWindow::selectRow(int row)
{
    const QRect cell = table()->visualRect(table()->model()->index(row, LevelTableModel::TitleColumn));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestMainWindow::showsProgramLadderWithBands()
{
    QCOMPARE(selector()->currentText(), QStringLiteral("Program Management (Amazon)"));
    QAbstractItemModel *model = table()->model();
    QCOMPARE(model->rowCount(), 7);
    QCOMPARE(model->index(0, LevelTableModel::TitleColumn).data().toString(),
             QStringLiteral("Associate Program Manager"));
    QCOMPARE(model->headerData(6, Qt::Vertical).toInt(), 7);
    QCOMPARE(model->index(0, LevelTableModel::BaseBandColumn).data().toString(), QStringLiteral("$60,000 – $120,000"));
    QCOMPARE(model->index(1, LevelTableModel::BaseBandColumn).data().toString(), QStringLiteral("$80,000 – $150,000+"));
    QCOMPARE(model->index(0, LevelTableModel::YearsColumn).data().toString(), QStringLiteral("about 2 yrs at level"));
    QCOMPARE(model->index(4, LevelTableModel::YearsColumn).data().toString(), QStringLiteral("12+ yrs experience"));
    QVERIFY(model->index(1, LevelTableModel::BaseBandColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("000_10e17e3ef09caadb.txt")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("gui")));
}

void TestMainWindow::switchLaddersWithKeyboard()
{
    selector()->setFocus();
    QTest::keyClick(selector(), Qt::Key_Down);
    QCOMPARE(selector()->currentText(), QStringLiteral("Product Management (Amazon)"));
    QAbstractItemModel *model = table()->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(1, LevelTableModel::LevelCodeColumn).data().toString(), QStringLiteral("L6"));
    QCOMPARE(model->index(2, LevelTableModel::BaseBandColumn).data().toString(), QStringLiteral("$200,000+"));
    QCOMPARE(model->index(2, LevelTableModel::TotalBandColumn).data().toString(), QStringLiteral("$300,000+"));
    QTest::keyClick(selector(), Qt::Key_Down);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, LevelTableModel::BaseBandColumn).data().toString(), QStringLiteral("—"));
    // With no level chosen, the pane shows the ladder: for TPM, its interview stages.
    const QString overview = m_window->findChild<QTextBrowser *>(QStringLiteral("levelDetails"))->toPlainText();
    QVERIFY(overview.contains(QStringLiteral("Interview stages")));
    QVERIFY(overview.contains(QStringLiteral("Recruiter screening (30 minutes)")));
    QVERIFY(overview.contains(QStringLiteral("three 20-minute parts")));
}

void TestMainWindow::selectingLevelShowsDetails()
{
    auto *details = m_window->findChild<QTextBrowser *>(QStringLiteral("levelDetails"));
    selectRow(3);
    const QString text = details->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Program Management Leader")));
    QVERIFY(text.contains(QStringLiteral("Group Program Manager")));
    QVERIFY(text.contains(QStringLiteral("individual-contributor path")));
    QVERIFY(text.contains(QStringLiteral("$130,000 – $260,000+")));
}

void TestMainWindow::editBandWithKeyPresses()
{
    selectRow(0);
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *minimum = dialog->findChild<QWidget *>(QStringLiteral("baseBand"))
                                ->findChild<QLineEdit *>(QStringLiteral("minimumEdit"));
            QVERIFY(minimum);
            QCOMPARE(minimum->text(), QStringLiteral("60000"));
            minimum->setFocus();
            QTest::keyClick(minimum, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(minimum, QStringLiteral("65,500"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        [this] { QTest::keyClick(table(), Qt::Key_F2); }));

    // In the file, as integer cents, with the user named as the figure's source now.
    const QString levelFilter = QStringLiteral("(SELECT id FROM level WHERE title = 'Associate Program Manager')");
    QCOMPARE(queryValue(m_path, QStringLiteral("SELECT minimum FROM salary_band WHERE level_id = %1").arg(levelFilter)),
             QVariant(6550000LL));
    QCOMPARE(queryValue(m_path,
                        QStringLiteral("SELECT typeof(minimum) FROM salary_band WHERE level_id = %1").arg(levelFilter))
                 .toString(),
             QStringLiteral("integer"));
    QVERIFY(queryValue(m_path,
                       QStringLiteral("SELECT source_section FROM salary_band WHERE level_id = %1").arg(levelFilter))
                .toString()
                .startsWith(QStringLiteral("Entered by you")));
    // And on screen, formatted.
    QCOMPARE(table()->model()->index(0, LevelTableModel::BaseBandColumn).data().toString(),
             QStringLiteral("$65,500 – $120,000"));
}

void TestMainWindow::invalidBandIsRefusedInTheForm()
{
    const QByteArray before = testfiles::readBytes(m_path);
    selectRow(1);
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            QWidget *band = dialog->findChild<QWidget *>(QStringLiteral("baseBand"));
            auto *minimum = band->findChild<QLineEdit *>(QStringLiteral("minimumEdit"));
            auto *error = band->findChild<QLabel *>(QStringLiteral("errorLabel"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

            minimum->setFocus();
            QTest::keyClick(minimum, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(minimum, QStringLiteral("-5"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(error->isVisible());
            QVERIFY(error->text().contains(QStringLiteral("negative")));

            QTest::keyClick(minimum, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(minimum, QStringLiteral("200000"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(error->text().contains(QStringLiteral("above the maximum")));

            auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
            QTest::keyClick(minimum, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(minimum, QStringLiteral("90000"));
            QVERIFY(ok->isEnabled());
            title->setFocus();
            QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(title, Qt::Key_Delete);
            QVERIFY(!ok->isEnabled());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("titleError"))->isVisible());
            // Enter on a disabled OK does nothing: the dialog stays open.
            QTest::keyClick(title, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
        },
        [this] { QTest::keyClick(table(), Qt::Key_F2); }));
    QCOMPARE(testfiles::readBytes(m_path), before);
    QCOMPARE(table()->model()->index(1, LevelTableModel::BaseBandColumn).data().toString(),
             QStringLiteral("$80,000 – $150,000+"));
}

void TestMainWindow::addLevelThroughDialog()
{
    selectRow(1);
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
            QTest::keyClicks(title, QStringLiteral("Program Manager II"));
            QWidget *band = dialog->findChild<QWidget *>(QStringLiteral("baseBand"));
            QTest::keyClicks(band->findChild<QLineEdit *>(QStringLiteral("minimumEdit")), QStringLiteral("95000"));
            QTest::mouseClick(band->findChild<QWidget *>(QStringLiteral("openEndedCheck")), Qt::LeftButton);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [this] { QTest::keyClick(table(), Qt::Key_Insert); }));
    QCOMPARE(table()->model()->rowCount(), 8);
    QCOMPARE(table()->model()->index(2, LevelTableModel::TitleColumn).data().toString(),
             QStringLiteral("Program Manager II"));
    QCOMPARE(table()->model()->index(2, LevelTableModel::BaseBandColumn).data().toString(), QStringLiteral("$95,000+"));
    QCOMPARE(
        queryValue(m_path, QStringLiteral("SELECT position FROM level WHERE title = 'Program Manager II'")).toInt(), 2);
    QCOMPARE(
        queryValue(m_path, QStringLiteral("SELECT count(*) FROM salary_band WHERE maximum IS NULL AND open_ended = 1 "
                                          "AND minimum = 9500000"))
            .toInt(),
        1);
}

void TestMainWindow::addAndRemoveLadder()
{
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QTest::keyClicks(name, QStringLiteral("Program Management"));
            QVERIFY(!ok->isEnabled()); // that name is taken
            QVERIFY(
                dialog->findChild<QLabel *>(QStringLiteral("nameError"))->text().contains(QStringLiteral("already")));
            QTest::keyClicks(name, QStringLiteral(" at Contoso"));
            QVERIFY(ok->isEnabled());
            QTest::keyClick(name, Qt::Key_Return);
        },
        [this] { QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); }));
    QCOMPARE(selector()->count(), 4);
    QCOMPARE(selector()->currentText(), QStringLiteral("Program Management at Contoso"));
    QCOMPARE(table()->model()->rowCount(), 0);
    QCOMPARE(queryValue(m_path, QStringLiteral("SELECT count(*) FROM ladder")).toInt(), 4);

    // Remove the first ladder while it is shown: the table follows the selector.
    // Back in the main window, as a click on it would do after the dialog.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    selector()->setFocus();
    QTest::keyClick(selector(), Qt::Key_Home);
    QCOMPARE(selector()->currentText(), QStringLiteral("Program Management (Amazon)"));
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        },
        [this] { QTest::keyClick(m_window, Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier); }));
    QCOMPARE(selector()->count(), 3);
    QCOMPARE(selector()->currentText(), QStringLiteral("Product Management (Amazon)"));
    QCOMPARE(table()->model()->rowCount(), 3);
    QCOMPARE(
        queryValue(m_path, QStringLiteral("SELECT count(*) FROM ladder WHERE name = 'Program Management'")).toInt(), 0);
    QCOMPARE(queryValue(m_path, QStringLiteral("SELECT count(*) FROM level")).toInt(), 4);
}

void TestMainWindow::deleteOnAnotherPageRemovesNothing()
{
    selectRow(1);
    auto *removeLevel = m_window->findChild<QAction *>(QStringLiteral("removeLevelAction"));
    QVERIFY(removeLevel->isEnabled());
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Pay packages")));
    QVERIFY(!removeLevel->isEnabled());
    bool asked = false;
    QTimer::singleShot(50, this, [&asked] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            asked = true; // "Remove ...?" must not come up on this page
            dialog->close();
        }
    });
    QTest::keyClick(m_window, Qt::Key_Delete);
    QTest::qWait(100);
    QVERIFY(!asked);
    QCOMPARE(m_window->session()->ladderStore().ladders()[0].levels.size(), 7);
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Ladders")));
    QVERIFY(removeLevel->isEnabled());
}

void TestMainWindow::windowGeometryIsRemembered()
{
    m_window->resize(900, 640);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier); // File > Quit closes the window
    QVERIFY(!m_window->isVisible());
    m_fixture.close(); // lets go of the plan, as quitting the app does
    m_window = nullptr;
    QString error;
    auto session = PlanSession::open(m_path, &error);
    QVERIFY2(session, qPrintable(error));
    MainWindow again(std::move(session));
    QCOMPARE(again.size(), QSize(900, 640));
}

void TestMainWindow::modelsPassTheTester()
{
    PlanSession *session = m_window->session();
    LadderListModel ladders(session);
    LevelTableModel levels(session);
    QAbstractItemModelTester ladderTester(&ladders, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester levelTester(&levels, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < ladders.rowCount(); ++i)
        levels.setLadderIndex(i);
    levels.setLadderIndex(0);
    CareerLevel level;
    level.title = QStringLiteral("Tested");
    QString error;
    QVERIFY(session->ladderStore().insertLevel(0, 0, level, &error));
    QCOMPARE(levels.rowCount(), 8);
    QVERIFY(session->ladderStore().removeLevel(0, 0, &error));
    QCOMPARE(levels.rowCount(), 7);
    CareerLadder ladder;
    ladder.name = QStringLiteral("Mine");
    QVERIFY(session->ladderStore().addLadder(ladder, &error));
    QCOMPARE(ladders.rowCount(), 4);
    QVERIFY(session->ladderStore().removeLadder(0, &error));
    QCOMPARE(ladders.rowCount(), 3);
    QCOMPARE(levels.ladderIndex(), -1);
}

void TestMainWindow::exportChartSavesTheChartOnScreen()
{
    // My path has several charts on tabs of its own: the one exported is the one shown, the
    // dialog names it, and the file type chosen gives the extension (the sample has a path).
    QVERIFY2(m_fixture.open(QStringLiteral("sample.careerplan"), guitest::WindowFixture::Content::Sample),
             qPrintable(m_fixture.error()));
    m_window = m_fixture.window();
    QVERIFY(guitest::showTab(m_window, QStringLiteral("My path")));
    QVERIFY(
        guitest::showSubTab(m_window->findChild<QTabWidget *>(QStringLiteral("pathTabs")), QStringLiteral("Earnings")));
    auto *earnings = m_window->findChild<ChartView *>(QStringLiteral("pathEarnings"));
    QVERIFY(earnings->isVisible() && !earnings->chart()->title().isEmpty());
    const QString saved = m_fixture.filePath(QStringLiteral("earnings"));
    QString title;
    QTimer sizeAnswer; // the size asked next, taken as offered
    sizeAnswer.setInterval(20);
    connect(&sizeAnswer, &QTimer::timeout, this, [&sizeAnswer] {
        if (auto *size = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            sizeAnswer.stop();
            size->accept();
        }
    });
    QVERIFY(guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            title = dialog->windowTitle();
            auto *type = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
            type->setFocus();
            QTest::keyClick(type, Qt::Key_Down); // SVG drawing
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            name->setText(saved);
            sizeAnswer.start();
            QTest::keyClick(name, Qt::Key_Return);
        },
        [this] { QTest::keyClick(m_window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier); }));
    QVERIFY2(title.contains(earnings->chart()->title()), qPrintable(title));
    QTRY_VERIFY(QFileInfo::exists(saved + QStringLiteral(".svg")));
    QVERIFY(testfiles::readBytes(saved + QStringLiteral(".svg")).contains("<svg"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
