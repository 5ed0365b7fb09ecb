// One change notice per edit: with every page of the window made, an edit, an undo, a
// redo and an import each rebuild every page at most once, and the pages that show what
// changed exactly once. Counted by each page's PageRefresh, the one way a page rebuilds
// when the plan changes.
#include "TestFiles.h"
#include "WindowTestSupport.h"
#include "core/plan/PlanFactory.h"
#include "ui/ladders/LevelTableModel.h"
#include "ui/widgets/PageRefresh.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace careerplanner;

class TestRefreshCount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void removeUndoRedoRebuildEachPageOnce();
    void importRebuildsEachPageOnce();

private:
    using Counts = QMap<QString, int>;
    Counts counts() const;
    void checkRebuilt(const Counts &before, const QStringList &shown, const char *what);
    QString levelDetails() const
    {
        return m_window->findChild<QTextEdit *>(QStringLiteral("levelDetails"))->toPlainText();
    }

    QTemporaryDir m_settingsDir;
    guitest::WindowFixture m_fixture;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestRefreshCount::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestRefreshCount::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("refresh.careerplan"), guitest::WindowFixture::Content::Sample),
             qPrintable(m_fixture.error()));
    m_window = m_fixture.window();
    m_path = m_fixture.plan();
    // Every page is made when first shown: shown once each, all of them listen.
    for (const char *tab :
         { "My path", "Salary bands", "Compare levels", "Pay packages", "Pay history", "Skills && stories", "Ladders" })
        QVERIFY2(guitest::showTab(m_window, QString::fromUtf8(tab)), tab);
    QVERIFY(counts().size() >= 10);
}

void TestRefreshCount::cleanup()
{
    m_fixture.close();
    m_window = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

TestRefreshCount::Counts TestRefreshCount::counts() const
{
    Counts counts;
    for (const PageRefresh *refresh : m_window->findChildren<PageRefresh *>())
        counts.insert(QString::fromLatin1(refresh->parent()->metaObject()->className()), refresh->rebuilds());
    return counts;
}

// Each page rebuilt at most once since before; those named in shown exactly once.
void TestRefreshCount::checkRebuilt(const Counts &before, const QStringList &shown, const char *what)
{
    const Counts after = counts();
    QCOMPARE(after.keys(), before.keys());
    for (auto page = after.constBegin(); page != after.constEnd(); ++page) {
        const int rebuilds = page.value() - before.value(page.key());
        const QString where = QStringLiteral("%1 after %2").arg(page.key(), QLatin1String(what));
        QVERIFY2(rebuilds <= 1, qPrintable(where + QStringLiteral(": rebuilt %1 times").arg(rebuilds)));
        if (shown.contains(page.key()))
            QVERIFY2(rebuilds == 1, qPrintable(where + QStringLiteral(": not rebuilt")));
    }
}

void TestRefreshCount::removeUndoRedoRebuildEachPageOnce()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("levelTable"));
    table->setFocus();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(2, LevelTableModel::TitleColumn)).center());
    QVERIFY(levelDetails().contains(QStringLiteral("Level 3 of 7 on Program Management")));
    const QStringList levels = { QStringLiteral("LadderBrowserPage"), QStringLiteral("BandChartPage"),
                                 QStringLiteral("DashboardPage"), QStringLiteral("SkillMatrixPanel") };

    Counts before = counts();
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        },
        [table] { QTest::keyClick(table, Qt::Key_Delete); }));
    checkRebuilt(before, levels, "removing a level");
    QCOMPARE(table->model()->rowCount(), 6);
    // The pane shows the level now in the removed one's place, of six.
    QVERIFY2(levelDetails().contains(QStringLiteral("Level 3 of 6 on Program Management")), qPrintable(levelDetails()));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // An undo may change anything: every page hears it, once.
    before = counts();
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    checkRebuilt(before, before.keys(), "undo");
    QCOMPARE(table->model()->rowCount(), 7);
    QVERIFY2(levelDetails().contains(QStringLiteral("Level 3 of 7 on Program Management")), qPrintable(levelDetails()));

    before = counts();
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    checkRebuilt(before, before.keys(), "redo");
    QCOMPARE(table->model()->rowCount(), 6);
}

void TestRefreshCount::importRebuildsEachPageOnce()
{
    const QString csv = m_fixture.filePath(QStringLiteral("pay.csv"));
    QVERIFY(testfiles::writeBytes(csv, "Year,Base,Bonus\r\n2012,58000,0\r\n2013,60000,1500\r\n"));
    const int years = int(m_window->session()->payStore().payHistory().size());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());

    const Counts before = counts();
    QVERIFY(guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("importPath"));
            QTest::keyClicks(path, csv);
            QTest::keyClick(path, Qt::Key_Return);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        },
        [menu] { QTest::keyClick(menu, Qt::Key_I); }));
    QCOMPARE(m_window->session()->payStore().payHistory().size(), years + 2);
    // An import is read again whole, like an undo: every page once, not once per part.
    checkRebuilt(before, before.keys(), "an import");
}

QTEST_MAIN(TestRefreshCount)
#include "tst_refreshcount.moc"
