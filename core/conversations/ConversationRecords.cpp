#include "core/conversations/ConversationRecords.h"

#include "core/conversations/ConversationRepository.h"
#include "core/conversations/FeedbackRepository.h"

#include <QDate>

#include <algorithm>
#include <utility>

namespace careerplanner {

bool ConversationRecords::load(PlanDatabase &plan, ConversationRecords *records, QString *error)
{
    ConversationRepository conversations(plan);
    records->rhythmMonths = conversations.rhythmMonths();
    return conversations.load(&records->conversations, error)
           && FeedbackRepository(plan).load(&records->feedback, error);
}

bool ConversationRecords::insert(PlanDatabase &plan, const ConversationRecords &records, const QList<Skill> &skills,
                                 const QHash<qint64, qint64> &milestoneIds, const QHash<qint64, qint64> &goalIds,
                                 QHash<qint64, qint64> *feedbackIds, QString *error)
{
    ConversationRepository conversations(plan);
    if (records.rhythmMonths != ConversationRepository::DefaultRhythmMonths
        && !conversations.setRhythmMonths(records.rhythmMonths, error))
        return false;
    // Oldest first (they come newest first), so that the new plan lists them in the same order.
    QList<CareerConversation> ordered = records.conversations;
    std::reverse(ordered.begin(), ordered.end());
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const CareerConversation &a, const CareerConversation &b) { return a.heldOn < b.heldOn; });
    const QDate today = QDate::currentDate();
    for (CareerConversation conversation : ordered) {
        conversation.id = 0;
        for (AgreedAction &action : conversation.agreed) {
            action.milestoneId = milestoneIds.value(action.milestoneId);
            action.goalId = goalIds.value(action.goalId);
        }
        if (!conversations.save(conversation, std::max(today, conversation.heldOn), error)) {
            *error = QStringLiteral("conversation of %1: %2").arg(conversation.heldOn.toString(Qt::ISODate), *error);
            return false;
        }
    }
    FeedbackRepository feedback(plan);
    QList<FeedbackQuote> quotes = records.feedback;
    std::reverse(quotes.begin(), quotes.end()); // loaded newest first
    for (FeedbackQuote quote : quotes) {
        const qint64 contentId = std::exchange(quote.id, 0);
        if (!feedback.save(quote, skills, std::max(today, quote.receivedOn), error)) {
            *error = QStringLiteral("feedback “%1”: %2").arg(quote.quote.left(40), *error);
            return false;
        }
        if (contentId != 0)
            feedbackIds->insert(contentId, quote.id);
    }
    return true;
}

} // namespace careerplanner
