#include "core/undo/EditRecording.h"

#include "core/storage/PlanDatabase.h"
#include "core/undo/EditRecorder.h"
#include "core/undo/PlanUndoLog.h"

namespace careerplanner {

EditRecording::EditRecording(EditRecorder &recorder, const QString &description)
    : m_recorder(recorder)
    , m_description(description)
{
    if (m_recorder.m_depth++ != 0)
        return;
    // Nothing is written before the whole file has passed its check; a file that failed
    // stays query_only, and the edit is refused by SQLite.
    QString refused;
    if (!m_recorder.m_plan.settled(&refused))
        return;
    // The log is made at the first edit, not at open: a plan only looked at never needs it.
    if (!m_recorder.m_logReady) {
        QString error;
        m_recorder.m_logReady = PlanUndoLog::install(m_recorder.m_plan.connection(), &error);
        if (!m_recorder.m_logReady) {
            qWarning("Undo is not available for this plan: %s", qPrintable(error));
            return; // the edit is still saved; it just cannot be undone
        }
    }
    m_before = PlanUndoLog::mark(m_recorder.m_plan.connection());
}

EditRecording::~EditRecording()
{
    if (--m_recorder.m_depth != 0)
        return;
    Q_EMIT m_recorder.editEnded();
    // A refused edit was rolled back with its log entries: nothing to announce.
    const qint64 after = m_before < 0 ? -1 : PlanUndoLog::mark(m_recorder.m_plan.connection());
    if (after > m_before)
        Q_EMIT m_recorder.editRecorded(m_description, m_before + 1, after);
}

} // namespace careerplanner
