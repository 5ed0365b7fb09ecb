#pragma once

#include "core/undo/PlanUndoLog.h"

#include <QUndoCommand>

#include <functional>

namespace careerplanner {

class PlanSession;

// One edit of the open plan on the undo stack. The edit itself is already in the file
// when the command is pushed; undo and redo replay its range of the plan's undo log,
// each time keeping the range that reverses what was just done.
class PlanEditCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &)>;

    PlanEditCommand(PlanSession *session, const QString &text, const PlanUndoLog::Range &range, ErrorHandler onError);

    void undo() override;
    void redo() override;

private:
    void replay();

    PlanSession *m_session;
    PlanUndoLog::Range m_range;
    ErrorHandler m_onError;
    bool m_pushed = false; // the first redo() comes from push(): the edit is done already
};

} // namespace careerplanner
