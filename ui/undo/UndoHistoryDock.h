#pragma once

#include <QDockWidget>

class QUndoStack;

namespace careerplanner {

// Every edit since the plan was opened, as a list to click back through (Edit ▸ Undo
// History, Ctrl+H). Hidden until asked for: its list is made when it is first shown.
class UndoHistoryDock final : public QDockWidget
{
    Q_OBJECT

public:
    UndoHistoryDock(QUndoStack *stack, QWidget *parent);
};

} // namespace careerplanner
