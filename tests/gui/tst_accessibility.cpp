// Every control on every page can be reached with the keyboard and has a name that a
// screen reader can say (its own accessible name, its text, or its label's buddy); every
// page is a shortcut away, Ctrl+F finds its search field and F1 its user guide section.
#include "core/plan/PlanFactory.h"
#include "TestPaths.h"
#include "WindowTestSupport.h"
#include "ui/widgets/UserGuide.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QRegularExpression>
#include <QLineEdit>
#include <QMenu>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace careerplanner;

namespace {

// A tool-bar button is out of the Tab order, as in every desktop app; its action must
// then be in a menu, where the keyboard reaches it.
bool inAMenu(QWidget *widget)
{
    auto *button = qobject_cast<QToolButton *>(widget);
    if (!button || !button->defaultAction())
        return false;
    const QList<QObject *> users = button->defaultAction()->associatedObjects();
    return std::any_of(users.cbegin(), users.cend(), [](QObject *o) { return qobject_cast<QMenu *>(o) != nullptr; });
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyControlHasANameAndTakesFocus_data();
    void everyControlHasANameAndTakesFocus();
    void noStringHedgesItsPlural();
    void pagesAreAKeyAwayAndF1OpensTheirGuide();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
    const QString path = m_dir.filePath(QStringLiteral("a11y.careerplan"));
    QString error;
    QVERIFY(PlanFactory::createSample(path, &error));
    m_window = guitest::openWindow(path, &error);
    QVERIFY2(m_window, qPrintable(error));
}

void TestAccessibility::cleanupTestCase()
{
    delete m_window;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestAccessibility::everyControlHasANameAndTakesFocus_data()
{
    QTest::addColumn<QString>("tab");
    for (const char *tab : { "Dashboard", "Ladders", "My path", "Salary bands", "Compare levels", "Pay packages",
                             "Pay history", "Skills && stories", "Interview prep" })
        QTest::newRow(tab) << QString::fromLatin1(tab);
}

void TestAccessibility::everyControlHasANameAndTakesFocus()
{
    QFETCH(QString, tab);
    QVERIFY(guitest::showTab(m_window, tab));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QStringList nameless;
    QStringList unreachable;
    int controls = 0;
    // Every sub-tab of the page too (My path, Skills & stories), each shown in turn.
    QList<QWidget *> widgets;
    QList<QTabWidget *> subTabs = tabs->currentWidget()->findChildren<QTabWidget *>();
    if (auto *self = qobject_cast<QTabWidget *>(tabs->currentWidget()))
        subTabs.append(self);
    for (QTabWidget *sub : std::as_const(subTabs)) {
        for (int i = 0; i < sub->count(); ++i) {
            sub->setCurrentIndex(i);
            const QList<QWidget *> shown = sub->currentWidget()->findChildren<QWidget *>();
            for (QWidget *widget : shown) {
                if (widget->isVisible())
                    widgets.append(widget);
            }
        }
        sub->setCurrentIndex(0);
    }
    for (QWidget *widget : tabs->currentWidget()->findChildren<QWidget *>()) {
        if (widget->isVisible())
            widgets.append(widget);
    }
    for (QWidget *widget : std::as_const(widgets)) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                             || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                             || qobject_cast<QAbstractItemView *>(widget);
        // Parts of other controls (a spin box's line edit, a combo's list, a table's headers)
        // speak for them.
        if (!control || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || qobject_cast<QAbstractItemView *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget()) || widget->inherits("QComboBoxPrivateContainer")
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        ++controls;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        const QString what
            = QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
        if (name.isEmpty() && !nameless.contains(what))
            nameless.append(what);
        if (!(widget->focusPolicy() & Qt::TabFocus) && !inAMenu(widget) && !unreachable.contains(what))
            unreachable.append(what);
    }
    QVERIFY(controls > 0);
    QVERIFY2(nameless.isEmpty(),
             qPrintable(QStringLiteral("no accessible name: ") + nameless.join(QStringLiteral(", "))));
    QVERIFY2(unreachable.isEmpty(),
             qPrintable(QStringLiteral("not reachable with Tab: ") + unreachable.join(QStringLiteral(", "))));
}

void TestAccessibility::noStringHedgesItsPlural()
{
    // The catalogue holds every string the program shows: none reads "check-in(s)".
    QFile catalogue(QStringLiteral(CAREERPLANNER_TEST_DATA_DIR "/../../translations/careerplanner_en.ts"));
    QVERIFY2(catalogue.open(QIODevice::ReadOnly), qPrintable(catalogue.fileName()));
    const QString text = QString::fromUtf8(catalogue.readAll());
    QVERIFY(text.count(QStringLiteral("<source>")) > 500);
    const QRegularExpressionMatch hedge
        = QRegularExpression(QStringLiteral("<source>[^<]*\\w\\((s|es)\\)[^<]*</source>")).match(text);
    QVERIFY2(!hedge.hasMatch(), qPrintable(hedge.captured()));
    // Nor does any string ask for a plural form that no loaded translation would give.
    QVERIFY2(!text.contains(QStringLiteral("numerus=\"yes\"")), "a %n string: write both forms instead");
}

void TestAccessibility::pagesAreAKeyAwayAndF1OpensTheirGuide()
{
    // The sample has stories, whose page has a search field.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    const auto shown = [tabs] { return tabs->tabText(tabs->currentIndex()); };
    // Ctrl+1 … Ctrl+9 in the side bar's order: Me (dashboard, path, skills, conversations,
    // promotion case, interview prep, applications), Pay (bands, compare); Ctrl+0 the last
    // page, Ladders.
    const QStringList order { "Dashboard",      "My path",      "Skills && stories", "Conversations",  "Promotion case",
                              "Interview prep", "Applications", "Salary bands",      "Compare levels", "Ladders" };
    for (int i = order.size() - 1; i >= 0; --i) {
        QTest::keyClick(m_window, i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(shown(), order.at(i));
    }
    auto *navigation = m_window->findChild<QTreeView *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->currentIndex().data().toString(), QStringLiteral("Dashboard"));

    // Ctrl+F goes to the search field of the page shown.
    QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
    QVERIFY(guitest::showSubTab(m_window->findChild<QTabWidget *>(QStringLiteral("skillsTabs")),
                                QStringLiteral("STAR stories")));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("storySearch"));
    QVERIFY(search && search->isVisible() && !search->hasFocus());
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());

    // Each page's main action is in the Plan menu with its shortcut, and goes to its page.
    auto *recordYear = m_window->findChild<QAction *>(QStringLiteral("recordPayYearAction"));
    QVERIFY(recordYear && !recordYear->shortcut().isEmpty());
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QString asked;
    QVERIFY(guitest::withDialog(
        m_window, [&asked](QDialog *dialog) { asked = dialog->windowTitle(); },
        [this] { QTest::keyClick(m_window, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier); }));
    QCOMPARE(shown(), QStringLiteral("Pay history"));
    QVERIFY(!asked.isEmpty());
    m_window->activateWindow(); // as the window manager does when the dialog goes
    QVERIFY(QTest::qWaitForWindowActive(m_window));

    // F1: the user guide at the section about the page shown.
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Pay packages")));
    QTest::keyClick(m_window, Qt::Key_F1);
    auto *guide = qobject_cast<UserGuide *>(QApplication::activeWindow());
    QTRY_VERIFY((guide = qobject_cast<UserGuide *>(QApplication::activeWindow())));
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("sign-on bonus")));
    QCOMPARE(guide->currentSection(), QStringLiteral("Pay packages"));
    guide->close();
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
