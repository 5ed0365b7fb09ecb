#include "core/undo/EditRecording.h"

#include "core/plan/PlanSession.h"
#include "core/undo/PlanUndoLog.h"

namespace careerplanner {

EditRecording::EditRecording(PlanSession *session, const QString &description)
    : m_session(session)
    , m_description(description)
{
    if (m_session->m_editDepth++ != 0)
        return;
    // The log is made at the first edit, not at open: a plan only looked at never needs it.
    if (!m_session->m_undoLogReady) {
        QString error;
        m_session->m_undoLogReady = PlanUndoLog::install(m_session->m_plan->connection(), &error);
        if (!m_session->m_undoLogReady) {
            qWarning("Undo is not available for this plan: %s", qPrintable(error));
            return; // the edit is still saved; it just cannot be undone
        }
    }
    m_before = PlanUndoLog::mark(m_session->m_plan->connection());
}

EditRecording::~EditRecording()
{
    if (--m_session->m_editDepth != 0 || m_before < 0)
        return;
    // A refused edit was rolled back with its log entries: nothing to announce.
    const qint64 after = PlanUndoLog::mark(m_session->m_plan->connection());
    if (after > m_before)
        Q_EMIT m_session->editRecorded(m_description, m_before + 1, after);
}

} // namespace careerplanner
