#pragma once

#include "core/conversations/ConversationRecords.h"
#include "core/path/PathStep.h"
#include "core/skills/Goal.h"
#include "core/skills/Skill.h"

#include <QJsonObject>
#include <QList>

namespace careerplanner {

class JsonReader;

// The career conversations and feedback of a plan export (format 9), in one object: the
// rhythm, the conversations and the quotes. An agreed action names the milestone it was
// made into by its step and place on the plan's own path, and the goal by its place in
// the export's goals, from 0.
class ConversationJson
{
public:
    // path: the plan's own path; goals: the export's, in its order.
    static QJsonObject toJson(const ConversationRecords &records, const QList<PathStep> &path,
                              const QList<Goal> &goals);
    // Reads the object at key of what root reads, each part checked as the plan checks it.
    // Milestones and goals are named by the ids path and goals carry.
    static void fromJson(JsonReader &root, const QString &key, const QList<Skill> &skills, const QList<PathStep> &path,
                         const QList<Goal> &goals, ConversationRecords *records, QString *error);
};

} // namespace careerplanner
