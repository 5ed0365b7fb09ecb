#pragma once

#include "core/conversations/FeedbackQuote.h"
#include "core/path/PathStep.h"
#include "core/promotion/CaseChoice.h"
#include "core/stories/Story.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMap>

namespace careerplanner {

class JsonReader;

// The user's choices of promotion-case evidence in a plan export (format 10): for a step of
// the plan's own path and one of its criteria, the pieces in their order, each put in or
// left out. A milestone is named by its step and place on the path, a story or a quote by
// its place in the export's list, from 0.
class CaseChoiceJson
{
public:
    // choices: by place of the step on path; items named by the ids path, stories and feedback carry.
    static QJsonArray toJson(const QMap<int, CaseChoices> &choices, const QList<PathStep> &path,
                             const QList<Story> &stories, const QList<FeedbackQuote> &feedback);
    // Reads the array at key of what root reads; items come back named by the ids of path,
    // stories and feedback.
    static void fromJson(JsonReader &root, const QString &key, const QList<PathStep> &path, const QList<Story> &stories,
                         const QList<FeedbackQuote> &feedback, QMap<int, CaseChoices> *choices, QString *error);
    // The plan's choices by step id, by the steps' places on path instead; those of a step
    // not on it are dropped.
    static QMap<int, CaseChoices> byPlace(const QHash<qint64, CaseChoices> &byStepId, const QList<PathStep> &path);
};

} // namespace careerplanner
