#pragma once

#include "core/conversations/CareerConversation.h"

#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Career conversations with their agreed actions in the plan file, and how often the user
// means to hold one. Each write is one transaction.
class ConversationRepository
{
public:
    static constexpr int DefaultRhythmMonths = 12; // the guide's "at least annually"

    explicit ConversationRepository(PlanDatabase &plan);

    bool load(QList<CareerConversation> *conversations, QString *error) const; // newest first
    bool save(CareerConversation &conversation, const QDate &today, QString *error); // new when id is 0
    bool remove(qint64 conversationId, QString *error);
    // One action's milestone or goal (0 for none), the rest of the conversation unchanged.
    bool setMadeInto(qint64 conversationId, int action, qint64 milestoneId, qint64 goalId, QString *error);

    int rhythmMonths() const; // the default when the plan says nothing
    bool setRhythmMonths(int months, QString *error); // 1 to 12

private:
    PlanDatabase &m_plan;
};

} // namespace careerplanner
