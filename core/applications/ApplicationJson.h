#pragma once

#include "core/applications/ApplicationRecords.h"
#include "core/interviews/Question.h"
#include "core/skills/Skill.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace careerplanner {

class JsonReader;

// The applications of a plan export (format 8): each application with its stages, its
// offer and the reminders marked, in one object. A stage names the questions asked by
// their places in the export's question list, from 0.
class ApplicationJson
{
public:
    // questions: the export's questions, in its order.
    static QJsonArray toJson(const ApplicationRecords &records, const QList<Question> &questions);
    // Each part checked as the plan checks it; ids as ApplicationRecords says: applications
    // by their places plus one, questions by their places plus one.
    // Reads the array at key of what root reads.
    static void fromJson(JsonReader &root, const QString &key, const QList<Skill> &skills, int questionCount,
                         ApplicationRecords *records, QString *error);
};

} // namespace careerplanner
