// Dialogs as a demanding user meets them: one gesture opens one dialog, and what the plan
// refuses is said in the dialog, which keeps what was typed (tst_formrules has the rest).
#include "WindowTestSupport.h"
#include "ui/ladders/LevelTableModel.h"
#include "ui/widgets/EmptyStateStack.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace careerplanner;

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void doubleClickOpensOneDialog();
    void returnOpensOneDialog();
    void aTitleTakenKeepsTheLevelDialogOpen();
    void aWrongCurrencyIsSaidOnce();
    void textBoxesGrowWithTheDialog();

private:
    // Runs trigger, closing every modal dialog that comes up meanwhile; how many did.
    int dialogsOpenedBy(const std::function<void()> &trigger);
    QTableView *levelTable() const { return m_window->findChild<QTableView *>(QStringLiteral("levelTable")); }

    QTemporaryDir m_settingsDir;
    guitest::WindowFixture m_fixture;
    MainWindow *m_window = nullptr;
};

void TestDialogs::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestDialogs::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("dialogs.careerplan"), guitest::WindowFixture::Content::ReferenceLadders),
             qPrintable(m_fixture.error()));
    m_window = m_fixture.window();
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Ladders")));
}

void TestDialogs::cleanup()
{
    m_fixture.close();
    m_window = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

int TestDialogs::dialogsOpenedBy(const std::function<void()> &trigger)
{
    int opened = 0;
    QTimer closer;
    closer.setInterval(20);
    connect(&closer, &QTimer::timeout, this, [&opened] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            ++opened;
            dialog->reject();
        }
    });
    closer.start();
    trigger();
    QTest::qWait(300); // long enough for a second dialog to follow the first
    return opened;
}

void TestDialogs::doubleClickOpensOneDialog()
{
    QTableView *table = levelTable();
    const QPoint cell = table->visualRect(table->model()->index(1, LevelTableModel::TitleColumn)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QCOMPARE(dialogsOpenedBy([&] { QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell); }), 1);
}

void TestDialogs::returnOpensOneDialog()
{
    QTableView *table = levelTable();
    table->setFocus();
    table->selectRow(1);
    QCOMPARE(dialogsOpenedBy([&] { QTest::keyClick(table, Qt::Key_Return); }), 1);
}

void TestDialogs::aTitleTakenKeepsTheLevelDialogOpen()
{
    levelTable()->selectRow(0);
    const int levels = static_cast<int>(m_window->session()->ladderStore().ladders().constFirst().levels.size());
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
            QTest::keyClicks(title, QStringLiteral("program manager"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(dialog->isVisible()); // refused by the plan: said here, the title still typed
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("levelMessage"))
                        ->text()
                        .contains(QStringLiteral("already has a level called “Program Manager”")));
            QCOMPARE(title->text(), QStringLiteral("program manager"));
            QTest::keyClicks(title, QStringLiteral(" II"));
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        },
        [this] { QTest::keyClick(levelTable(), Qt::Key_L, Qt::ControlModifier); })); // Level > Add Level
    QCOMPARE(m_window->session()->ladderStore().ladders().constFirst().levels.size(), levels + 1);
    QCOMPARE(m_window->session()->ladderStore().ladders().constFirst().levels.at(1).title,
             QStringLiteral("program manager II"));
}

void TestDialogs::aWrongCurrencyIsSaidOnce()
{
    levelTable()->selectRow(1);
    QStringList said;
    QVERIFY(guitest::withDialog(
        this,
        [&said](QDialog *dialog) {
            auto *currency = dialog->findChild<QLineEdit *>(QStringLiteral("currencyEdit"));
            currency->setFocus();
            QTest::keyClick(currency, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(currency, QStringLiteral("US"));
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->isVisibleTo(dialog) && label->text().contains(QStringLiteral("currency")))
                    said.append(label->text());
            }
            QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        },
        [this] { QTest::keyClick(levelTable(), Qt::Key_Return); }));
    QCOMPARE(said.size(), 1);
}

void TestDialogs::textBoxesGrowWithTheDialog()
{
    // Made taller, a dialog gives the room to its text boxes (a long summary, a STAR
    // story's action), not to the gaps between its rows.
    QStringList checked;
    const auto check = [&](const std::function<void()> &open) {
        QVERIFY(guitest::withDialog(
            this,
            [&](QDialog *dialog) {
                // The text boxes of the page shown, or of the first tab that has any.
                QList<QPlainTextEdit *> boxes = dialog->findChildren<QPlainTextEdit *>();
                if (auto *tabs = dialog->findChild<QTabWidget *>();
                    tabs && !boxes.isEmpty() && !boxes.constFirst()->isVisible()) {
                    for (int i = 0; i < tabs->count() && !boxes.constFirst()->isVisible(); ++i)
                        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
                }
                boxes.removeIf([](const QPlainTextEdit *box) { return !box->isVisible(); });
                QVERIFY2(!boxes.isEmpty(), qPrintable(dialog->windowTitle()));
                QList<int> before;
                for (QPlainTextEdit *box : boxes)
                    before.append(box->height());
                dialog->resize(dialog->width(), dialog->height() + 40 * static_cast<int>(boxes.size()));
                QApplication::processEvents();
                for (int i = 0; i < boxes.size(); ++i)
                    QVERIFY2(boxes.at(i)->height() > before.at(i),
                             qPrintable(dialog->windowTitle() + QLatin1Char(' ') + boxes.at(i)->objectName()));
                checked.append(dialog->windowTitle());
                dialog->reject();
            },
            open));
    };
    QTableView *table = levelTable();
    table->setFocus();
    table->selectRow(1);
    check([&] { QTest::keyClick(table, Qt::Key_Return); });
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("ladderToolBar"));
    QWidget *newLadder = toolBar->widgetForAction(m_window->findChild<QAction *>(QStringLiteral("addLadderAction")));
    check([newLadder] { QTest::mouseClick(newLadder, Qt::LeftButton); });
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Skills && stories")));
    auto *skillTabs = m_window->findChild<QTabWidget *>(QStringLiteral("skillsTabs"));
    QVERIFY(skillTabs);
    // On a plan with neither yet, the first story and goal are added from the pages' first step.
    for (const char *page : { "storiesEmpty", "goalsEmpty" }) {
        auto *empty = m_window->findChild<EmptyStateStack *>(QLatin1String(page));
        QVERIFY(empty);
        QPushButton *add = empty->firstStepButton();
        for (int i = 0; i < skillTabs->count(); ++i) {
            if (skillTabs->widget(i)->isAncestorOf(add))
                QTest::mouseClick(skillTabs->tabBar(), Qt::LeftButton, {}, skillTabs->tabBar()->tabRect(i).center());
        }
        QVERIFY(add->isVisible());
        check([add] { QTest::mouseClick(add, Qt::LeftButton); });
    }
    QCOMPARE(checked.size(), 4);
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
