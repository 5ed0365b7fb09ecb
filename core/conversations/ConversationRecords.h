#pragma once

#include "core/conversations/CareerConversation.h"
#include "core/conversations/FeedbackQuote.h"
#include "core/skills/Skill.h"

#include <QHash>
#include <QList>

namespace careerplanner {

class PlanDatabase;

// All of a plan's career conversations and feedback at once, as an export reads them and a
// new plan is made from them. An agreed action names the milestone and goal it was made
// into by their ids in the content it comes with.
struct ConversationRecords
{
    QList<CareerConversation> conversations;
    QList<FeedbackQuote> feedback;
    int rhythmMonths = 12;

    static bool load(PlanDatabase &plan, ConversationRecords *records, QString *error);
    // Writes them into a plan being made; milestoneIds and goalIds: the content's ids to the
    // plan's (an action whose milestone or goal is not there is kept unmade); feedbackIds
    // gets the quotes' ids in records to the plan's.
    static bool insert(PlanDatabase &plan, const ConversationRecords &records, const QList<Skill> &skills,
                       const QHash<qint64, qint64> &milestoneIds, const QHash<qint64, qint64> &goalIds,
                       QHash<qint64, qint64> *feedbackIds, QString *error);
};

} // namespace careerplanner
