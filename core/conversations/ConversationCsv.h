#pragma once

#include "core/conversations/CareerConversation.h"
#include "core/conversations/FeedbackQuote.h"
#include "core/skills/Skill.h"

#include <QList>
#include <QString>

namespace careerplanner {

// Career conversations and feedback quotes as RFC 4180 CSV (UTF-8, CRLF), for spreadsheets:
// a conversation's agreed actions one per line of one cell, a quote's tags by name.
class ConversationCsv
{
public:
    static QString conversations(const QList<CareerConversation> &conversations);
    static QString feedback(const QList<FeedbackQuote> &quotes, const QList<Skill> &skills);
};

} // namespace careerplanner
