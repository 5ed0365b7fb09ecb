#pragma once

#include "core/conversations/CareerConversation.h"

#include <QDate>
#include <QList>
#include <QString>

namespace careerplanner {

// When the next career conversation with the manager is due: the day the latest one booked,
// and at the latest a rhythm (12 months by the guide, or shorter) after it. A reminder is
// raised a week before the day and stays until a newer conversation is logged.
class ConversationRhythm
{
public:
    static constexpr int NoticeDays = 7;

    struct Next
    {
        QDate lastHeld; // null: none held yet
        QDate booked; // the next one's date, as the latest conversation booked it
        QDate due; // booked, or the rhythm's end when sooner; today when none was ever held
        QString with; // the manager the last one was with
        bool remind = false; // due within NoticeDays, or past
        QString text; // what the reminder says, when it reminds
    };

    static Next next(const QList<CareerConversation> &conversations, int rhythmMonths, const QDate &today);
};

} // namespace careerplanner
