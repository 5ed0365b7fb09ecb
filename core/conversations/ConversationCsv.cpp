#include "core/conversations/ConversationCsv.h"

#include "core/base/Csv.h"
#include "core/skills/SkillCsv.h"

namespace careerplanner {

QString ConversationCsv::conversations(const QList<CareerConversation> &conversations)
{
    QString csv = Csv::record({ QStringLiteral("held_on"), QStringLiteral("with"), QStringLiteral("relation"),
                                QStringLiteral("asked_for"), QStringLiteral("feedback"), QStringLiteral("agreed"),
                                QStringLiteral("next_on") });
    for (const CareerConversation &conversation : conversations) {
        QStringList agreed;
        for (const AgreedAction &action : conversation.agreed)
            agreed.append(action.text);
        csv += Csv::record({ Csv::date(conversation.heldOn), conversation.person,
                             CareerConversation::relationKey(conversation.relation), conversation.askedFor,
                             conversation.feedback, agreed.join(QLatin1Char('\n')), Csv::date(conversation.nextOn) });
    }
    return csv;
}

QString ConversationCsv::feedback(const QList<FeedbackQuote> &quotes, const QList<Skill> &skills)
{
    QString csv = Csv::record({ QStringLiteral("received_on"), QStringLiteral("from"), QStringLiteral("source"),
                                QStringLiteral("quote"), QStringLiteral("tags") });
    for (const FeedbackQuote &quote : quotes) {
        QStringList tags;
        for (const QString &tag : quote.tags)
            tags.append(SkillCsv::skillName(skills, tag));
        csv += Csv::record({ Csv::date(quote.receivedOn), quote.person, FeedbackQuote::sourceKey(quote.source),
                             quote.quote, tags.join(QStringLiteral("; ")) });
    }
    return csv;
}

} // namespace careerplanner
