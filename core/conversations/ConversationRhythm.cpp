#include "core/conversations/ConversationRhythm.h"

#include "core/base/DateText.h"

#include <QCoreApplication>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConversationRhythm", text);
}

} // namespace

ConversationRhythm::Next ConversationRhythm::next(const QList<CareerConversation> &conversations, int rhythmMonths,
                                                  const QDate &today)
{
    Next next;
    // The guide asks for the conversation with one's manager; a mentor's does not stand in.
    const CareerConversation *latest = nullptr;
    for (const CareerConversation &conversation : conversations) {
        if (conversation.relation == CareerConversation::Relation::Manager
            && (!latest || conversation.heldOn > latest->heldOn
                || (conversation.heldOn == latest->heldOn && conversation.id > latest->id)))
            latest = &conversation;
    }
    if (!latest) {
        next.due = today;
        next.remind = true;
        next.text = tr("No career conversation with your manager logged yet: the guide asks for one at least once "
                       "a year. Say what you aim for, ask for feedback, agree what to develop.");
        return next;
    }
    next.lastHeld = latest->heldOn;
    next.with = latest->person;
    next.booked = latest->nextOn;
    const QDate rhythmEnd = latest->heldOn.addMonths(rhythmMonths);
    next.due = next.booked.isValid() ? std::min(next.booked, rhythmEnd) : rhythmEnd;
    next.remind = today.daysTo(next.due) <= NoticeDays;
    if (!next.remind)
        return next;
    const QDate held = latest->heldOn;
    int months = (today.year() - held.year()) * 12 + today.month() - held.month();
    if (today.day() < held.day())
        --months;
    months = std::max(1, months);
    if (next.due < today) {
        next.text = next.booked.isValid() && next.booked == next.due
                        ? tr("The career conversation booked for %1 is not logged yet: log it, or book the next one.")
                              .arg(DateText::longDate(next.booked))
                        : tr("No career conversation for %1, since %2 with %3: book the next one.")
                              .arg(DateText::monthCount(months), DateText::longDate(next.lastHeld), next.with);
    } else if (next.booked.isValid() && next.booked == next.due) {
        next.text = tr("Career conversation on %1: prepare what you will ask for and the feedback you want.")
                        .arg(DateText::longDate(next.booked));
    } else {
        next.text = tr("A career conversation is due by %1, %2 after the last one with %3: book it.")
                        .arg(DateText::longDate(next.due), DateText::monthCount(rhythmMonths), next.with);
    }
    return next;
}

} // namespace careerplanner
