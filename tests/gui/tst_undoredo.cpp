// Undo and redo in the window, driven by keys and clicks: Ctrl+Z brings back a removed
// level and the row in the file, Ctrl+Shift+Z takes it away again, the views follow,
// the Edit menu names the step, and the history view goes back to the plan as opened.
#include "WindowTestSupport.h"
#include "ui/ladders/LevelTableModel.h"
#include "ui/MainWindow.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "TestFiles.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoView>

using namespace careerplanner;
using testfiles::dumpTables;

class TestUndoRedo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void removedLevelComesBackWithCtrlZ();
    void undoKeepsTheLadderShown();
    void historyViewGoesBackToThePlanAsOpened();
    void newPlanStartsWithNothingToUndo();

private:
    void removeLevel(int row);
    QTableView *levelTable() const { return m_window->findChild<QTableView *>(QStringLiteral("levelTable")); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    QTemporaryDir m_settingsDir;
    guitest::WindowFixture m_fixture;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestUndoRedo::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestUndoRedo::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("undo.careerplan"), guitest::WindowFixture::Content::Sample),
             qPrintable(m_fixture.error()));
    m_window = m_fixture.window();
    m_path = m_fixture.plan();
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Ladders")));
}

void TestUndoRedo::cleanup()
{
    m_fixture.close();
    m_window = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestUndoRedo::removeLevel(int row)
{
    levelTable()->setFocus();
    levelTable()->selectRow(row);
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        },
        [this] { QTest::keyClick(levelTable(), Qt::Key_Delete); }));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestUndoRedo::removedLevelComesBackWithCtrlZ()
{
    const QString before = dumpTables(m_path);
    const QString linkedYears = QStringLiteral("SELECT count(*) FROM pay_history WHERE level_id IS NOT NULL");
    const int linked = testfiles::queryValue(m_path, linkedYears).toInt();
    QVERIFY(!action("undoAction")->isEnabled());
    removeLevel(1);
    // The sample's pay years at Program Manager lose their link to the level...
    QVERIFY(testfiles::queryValue(m_path, linkedYears).toInt() < linked);
    const QString after = dumpTables(m_path);
    QVERIFY(after != before);
    QCOMPARE(levelTable()->model()->index(1, LevelTableModel::TitleColumn).data().toString(),
             QStringLiteral("Senior Program Manager"));
    QVERIFY(action("undoAction")->isEnabled());
    QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo Remove level Program Manager"));

    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(dumpTables(m_path), before);
    QCOMPARE(testfiles::queryValue(m_path, linkedYears).toInt(), linked); // ...and get it back
    QCOMPARE(levelTable()->model()->index(1, LevelTableModel::TitleColumn).data().toString(),
             QStringLiteral("Program Manager"));
    QCOMPARE(levelTable()->model()->index(1, LevelTableModel::BaseBandColumn).data().toString(),
             QStringLiteral("$80,000 – $150,000+"));
    QVERIFY(action("redoAction")->isEnabled());

    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dumpTables(m_path), after);
    QCOMPARE(levelTable()->model()->index(1, LevelTableModel::TitleColumn).data().toString(),
             QStringLiteral("Senior Program Manager"));
}

void TestUndoRedo::undoKeepsTheLadderShown()
{
    auto *selector = m_window->findChild<QComboBox *>(QStringLiteral("ladderSelector"));
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Down);
    const QString ladder = selector->currentText();
    QVERIFY(ladder != selector->itemText(0));
    const int rows = levelTable()->model()->rowCount();
    removeLevel(0);
    QCOMPARE(levelTable()->model()->rowCount(), rows - 1);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(selector->currentText(), ladder);
    QCOMPARE(levelTable()->model()->rowCount(), rows);
    QCOMPARE(levelTable()->currentIndex().row(), 0);
}

void TestUndoRedo::historyViewGoesBackToThePlanAsOpened()
{
    const QString opened = dumpTables(m_path);
    removeLevel(2);
    removeLevel(0);
    QTest::keyClick(m_window, Qt::Key_H, Qt::ControlModifier);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"));
    QTRY_VERIFY(dock->isVisible());
    auto *view = m_window->findChild<QUndoView *>(QStringLiteral("undoHistory"));
    QCOMPARE(view->model()->rowCount(), 3); // the plan as opened, then the two edits
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("The plan as opened"));
    QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("Remove level Senior Program Manager"));
    QCOMPARE(view->model()->index(2, 0).data().toString(), QStringLiteral("Remove level Associate Program Manager"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
    QCOMPARE(dumpTables(m_path), opened);
    QCOMPARE(levelTable()->model()->rowCount(), 7);
    QVERIFY(!action("undoAction")->isEnabled());
}

void TestUndoRedo::newPlanStartsWithNothingToUndo()
{
    removeLevel(1);
    QVERIFY(action("undoAction")->isEnabled());
    const QString other = m_fixture.filePath(QStringLiteral("other.careerplan"));
    QString error;
    QVERIFY(PlanFactory::createWithReferenceLadders(other, &error));
    QVERIFY(m_window->openPlan(other));
    QVERIFY(!action("undoAction")->isEnabled());
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier); // nothing to undo: the old plan is left alone
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT count(*) FROM level WHERE title = 'Program Manager'"))
                 .toInt(),
             0);
}

QTEST_MAIN(TestUndoRedo)
#include "tst_undoredo.moc"
