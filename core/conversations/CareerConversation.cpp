#include "core/conversations/CareerConversation.h"

#include "core/base/EnumText.h"
#include "core/base/HappenedDate.h"
#include "core/path/PathValidator.h"

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CareerConversation", text);
}

using Relation = CareerConversation::Relation;

constexpr EnumText<Relation> Relations[] = {
    { Relation::Manager, "manager", QT_TRANSLATE_NOOP("CareerConversation", "Manager") },
    { Relation::SkipLevel, "skip_level", QT_TRANSLATE_NOOP("CareerConversation", "Skip-level manager") },
    { Relation::Mentor, "mentor", QT_TRANSLATE_NOOP("CareerConversation", "Mentor") },
    { Relation::Other, "other", QT_TRANSLATE_NOOP("CareerConversation", "Other") },
};

} // namespace

QList<Relation> CareerConversation::relations()
{
    return enumtext::values(Relations);
}

QString CareerConversation::relationKey(Relation relation)
{
    return enumtext::key(Relations, relation);
}

std::optional<Relation> CareerConversation::relationFromKey(const QString &key)
{
    return enumtext::fromKey(Relations, key);
}

QString CareerConversation::relationName(Relation relation)
{
    return enumtext::name("CareerConversation", Relations, relation);
}

QString CareerConversation::validate(const CareerConversation &conversation, const QDate &today)
{
    if (!conversation.heldOn.isValid() || !PathValidator::dateInRange(conversation.heldOn))
        return tr("A conversation needs the day it was held, a real date between 1950 and 2200.");
    const QString early = HappenedDate::problem(HappenedDate::Kind::Conversation, conversation.heldOn, today);
    if (!early.isEmpty())
        return early;
    if (conversation.person.trimmed().isEmpty())
        return tr("Say whom the conversation was with.");
    if (conversation.person.size() > MaximumNameLength)
        return tr("Keep the name under %1 characters.").arg(MaximumNameLength);
    if (conversation.askedFor.size() > MaximumNoteLength || conversation.feedback.size() > MaximumNoteLength)
        return tr("Keep what you asked for and the feedback under %1 characters.").arg(MaximumNoteLength);
    for (const AgreedAction &action : conversation.agreed) {
        if (action.text.trimmed().isEmpty())
            return tr("An agreed action needs words: remove the empty one.");
        if (action.text.size() > MaximumActionLength)
            return tr("Keep each agreed action under %1 characters.").arg(MaximumActionLength);
    }
    if (conversation.nextOn.isValid()) {
        if (!PathValidator::dateInRange(conversation.nextOn))
            return tr("The next conversation's date must be a real date between 1950 and 2200.");
        if (conversation.nextOn <= conversation.heldOn)
            return tr("The next conversation comes after this one: date it later than %1.")
                .arg(conversation.heldOn.toString(Qt::ISODate));
    }
    return {};
}

} // namespace careerplanner
