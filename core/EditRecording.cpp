#include "EditRecording.h"

#include "PlanSession.h"
#include "PlanUndoLog.h"

namespace careerplanner {

EditRecording::EditRecording(PlanSession *session, const QString &description)
    : m_session(session)
    , m_description(description)
{
    if (m_session->m_editDepth++ == 0)
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
