#pragma once

#include <QObject>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Keeps the count of edits under way on one plan and announces each finished one: the
// feature stores mark their edits with an EditRecording on it, and the session passes its
// announcements on to the window (the undo stack) and the pages (one change notice).
class EditRecorder : public QObject
{
    Q_OBJECT

public:
    explicit EditRecorder(PlanDatabase &plan, QObject *parent = nullptr);

    PlanDatabase &plan() const { return m_plan; }
    bool isEditing() const { return m_depth > 0; }

Q_SIGNALS:
    // The outermost edit under way ended, whether it was saved or refused.
    void editEnded();
    // An edit reached the file: its description and its range in the undo log.
    void editRecorded(const QString &description, qint64 first, qint64 last);

private:
    friend class EditRecording;

    PlanDatabase &m_plan;
    int m_depth = 0;
    bool m_logReady = false; // the log's triggers are made at the first edit
};

} // namespace careerplanner
