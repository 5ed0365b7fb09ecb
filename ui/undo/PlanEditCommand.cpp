#include "ui/undo/PlanEditCommand.h"

#include "core/plan/PlanSession.h"

namespace careerplanner {

PlanEditCommand::PlanEditCommand(PlanSession *session, const QString &text, const PlanUndoLog::Range &range,
                                 ErrorHandler onError)
    : QUndoCommand(text)
    , m_session(session)
    , m_range(range)
    , m_onError(std::move(onError))
{
}

void PlanEditCommand::undo()
{
    replay();
}

void PlanEditCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    replay();
}

void PlanEditCommand::replay()
{
    PlanUndoLog::Range inverse;
    QString error;
    if (m_session->replayEdit(m_range, &inverse, &error)) {
        m_range = inverse;
        return;
    }
    // Nothing was changed (the replay is one transaction); the step cannot be taken, so it
    // leaves the stack rather than stand there pretending it can.
    setObsolete(true);
    m_onError(error);
}

} // namespace careerplanner
