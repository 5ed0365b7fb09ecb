#include "ui/undo/UndoHistoryDock.h"

#include "ui/widgets/LazyPage.h"

#include <QAction>
#include <QUndoView>

namespace careerplanner {

UndoHistoryDock::UndoHistoryDock(QUndoStack *stack, QWidget *parent)
    : QDockWidget(tr("Undo History"), parent)
{
    setObjectName(QStringLiteral("undoHistoryDock"));
    setWidget(new LazyPage([stack](QWidget *page) {
        auto *view = new QUndoView(stack, page);
        view->setObjectName(QStringLiteral("undoHistory"));
        view->setEmptyLabel(tr("The plan as opened"));
        view->setAccessibleName(tr("Undo history"));
        view->setToolTip(tr("Click a step to undo or redo back to it"));
        return view;
    }));
    QAction *toggle = toggleViewAction();
    toggle->setText(tr("Undo &History"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    toggle->setStatusTip(tr("Every change made since the plan was opened"));
}

} // namespace careerplanner
