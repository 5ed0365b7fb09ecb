#pragma once
// For GUI tests, which cannot run with QT_FATAL_WARNINGS: the offscreen platform warns
// "This plugin does not support propagateSizeHints()" for every window it shows, and that
// it cannot raise() or grab the keyboard for every popup menu. Every other warning is
// collected, and a test's cleanup() fails on any it finds.

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QtGlobal>

#include <functional>

namespace guitest {

inline QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline QStringList &unexpectedWarnings()
{
    static QStringList warnings;
    return warnings;
}

inline void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()")
        || message == QLatin1String("This plugin does not support raise()")
        || message == QLatin1String("This plugin does not support grabbing the keyboard"))
        return;
    if (type != QtDebugMsg && type != QtInfoMsg)
        unexpectedWarnings().append(message);
    previousHandler()(type, context, message);
}

// Call from initTestCase(), after Qt Test has installed its own handler.
inline void installWarningCollector()
{
    previousHandler() = qInstallMessageHandler(collectWarnings);
}

// The warnings since the last call, joined; empty when there were none.
inline QString takeUnexpectedWarnings()
{
    const QStringList warnings = std::exchange(unexpectedWarnings(), {});
    return warnings.join(QLatin1Char('\n'));
}

// Runs trigger (a click or key press that opens a modal dialog) and, once the dialog is
// up and active, interact on it; rejects the dialog if interact left it open. Returns
// whether a dialog came up at all. When none did, nothing is left waiting for one: the
// check goes with this call, so a later dialog is never taken for this one's.
inline bool withDialog(QObject *context, const std::function<void(QDialog *)> &interact,
                       const std::function<void()> &trigger)
{
    bool seen = false;
    QTimer check;
    check.setSingleShot(true);
    QObject::connect(&check, &QTimer::timeout, context, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        dialog->activateWindow(); // as a window manager gives a new dialog focus
        if (!QTest::qWaitForWindowActive(dialog))
            qWarning("the dialog did not become active");
        interact(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    check.start(0);
    trigger();
    return seen;
}

// Runs trigger (a gesture that asks a question in a message box) and answers it with
// button; the question's text and informative text, joined by a new line, or empty if no
// message box came up.
inline QString answerQuestion(QObject *context, QMessageBox::StandardButton button,
                              const std::function<void()> &trigger)
{
    QString asked;
    withDialog(
        context,
        [&](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            if (!box)
                return;
            asked = box->text() + QLatin1Char('\n') + box->informativeText();
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        },
        trigger);
    return asked;
}

// Clicks the tab called name (as shown, "&&" read as "&") of tabs; false if there is none.
inline bool showSubTab(QTabWidget *tabs, const QString &name)
{
    QTabBar *bar = tabs->tabBar();
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabText(i).replace(QStringLiteral("&&"), QStringLiteral("&")) == name) {
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
            return tabs->currentIndex() == i;
        }
    }
    return false;
}

// Clicks the page called name (as its tab has it, "Skills && stories") in the window's side
// bar; false if there is none or it is not shown afterwards.
inline bool showTab(QWidget *window, const QString &name)
{
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    auto *navigation = window->findChild<QTreeView *>(QStringLiteral("navigation"));
    if (!tabs || !navigation)
        return false;
    const QAbstractItemModel *pages = navigation->model();
    for (int group = 0; group < pages->rowCount(); ++group) {
        const QModelIndex parent = pages->index(group, 0);
        for (int row = 0; row < pages->rowCount(parent); ++row) {
            const QModelIndex page = pages->index(row, 0, parent);
            if (page.data(Qt::UserRole + 1).toString() != name) // NavigationPane::TabTextRole
                continue;
            navigation->scrollTo(page);
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualRect(page).center());
            return tabs->tabText(tabs->currentIndex()) == name;
        }
    }
    return false;
}

} // namespace guitest
