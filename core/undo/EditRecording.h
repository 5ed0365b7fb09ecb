#pragma once

#include <QString>
#include <QtGlobal>

namespace careerplanner {

class EditRecorder;

// Marks one user edit of the open plan for undo: everything the undo log gains between
// construction and destruction is one step, announced with its description. Edits made
// inside another edit belong to the outer one.
class EditRecording
{
public:
    EditRecording(EditRecorder &recorder, const QString &description);
    ~EditRecording();
    EditRecording(const EditRecording &) = delete;
    EditRecording &operator=(const EditRecording &) = delete;

private:
    EditRecorder &m_recorder;
    QString m_description;
    qint64 m_before = -1; // -1 when nested, or when the plan cannot be undone
};

} // namespace careerplanner
