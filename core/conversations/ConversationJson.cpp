#include "core/conversations/ConversationJson.h"

#include "core/base/JsonReader.h"
#include "core/conversations/ConversationRepository.h"
#include "core/conversations/FeedbackRepository.h"
#include "core/path/PathJson.h"

#include <QJsonArray>

namespace careerplanner {

namespace {

QJsonObject actionToJson(const AgreedAction &action, const QList<PathStep> &path, const QList<Goal> &goals)
{
    QJsonObject object { { QStringLiteral("text"), action.text } };
    if (const QJsonObject place = PathJson::milestonePlace(path, action.milestoneId); !place.isEmpty())
        object.insert(QStringLiteral("milestone"), place);
    for (int goal = 0; action.goalId != 0 && goal < goals.size(); ++goal) {
        if (goals.at(goal).id == action.goalId)
            object.insert(QStringLiteral("goal"), goal);
    }
    return object;
}

AgreedAction actionFromJson(const QJsonObject &object, const QString &path, const QList<PathStep> &steps,
                            const QList<Goal> &goals, QString *error)
{
    JsonReader reader(object, path, error);
    AgreedAction action;
    action.text = reader.string(QStringLiteral("text"), true);
    action.milestoneId = PathJson::milestoneAt(reader, QStringLiteral("milestone"), steps, error).value_or(0);
    if (const auto goal = reader.integer(QStringLiteral("goal"), 0, qMax(0, int(goals.size()) - 1))) {
        if (*goal < goals.size())
            action.goalId = goals.at(int(*goal)).id;
    }
    reader.finish();
    return action;
}

QJsonObject quoteToJson(const FeedbackQuote &quote)
{
    QJsonObject object { { QStringLiteral("person"), quote.person },
                         { QStringLiteral("source"), FeedbackQuote::sourceKey(quote.source) },
                         { QStringLiteral("quote"), quote.quote },
                         { QStringLiteral("tags"), QJsonArray::fromStringList(quote.tags) } };
    JsonReader::insertDate(object, QStringLiteral("receivedOn"), quote.receivedOn);
    return object;
}

} // namespace

QJsonObject ConversationJson::toJson(const ConversationRecords &records, const QList<PathStep> &path,
                                     const QList<Goal> &goals)
{
    QJsonArray held;
    for (const CareerConversation &conversation : records.conversations) {
        QJsonArray agreed;
        for (const AgreedAction &action : conversation.agreed)
            agreed.append(actionToJson(action, path, goals));
        QJsonObject object { { QStringLiteral("person"), conversation.person },
                             { QStringLiteral("relation"), CareerConversation::relationKey(conversation.relation) },
                             { QStringLiteral("askedFor"), conversation.askedFor },
                             { QStringLiteral("feedback"), conversation.feedback },
                             { QStringLiteral("agreed"), agreed } };
        JsonReader::insertDate(object, QStringLiteral("heldOn"), conversation.heldOn);
        JsonReader::insertDate(object, QStringLiteral("nextOn"), conversation.nextOn);
        held.append(object);
    }
    QJsonArray quotes;
    for (const FeedbackQuote &quote : records.feedback)
        quotes.append(quoteToJson(quote));
    return { { QStringLiteral("rhythmMonths"), records.rhythmMonths },
             { QStringLiteral("held"), held },
             { QStringLiteral("feedback"), quotes } };
}

void ConversationJson::fromJson(JsonReader &root, const QString &key, const QList<Skill> &skills,
                                const QList<PathStep> &path, const QList<Goal> &goals, ConversationRecords *records,
                                QString *error)
{
    *records = ConversationRecords();
    const auto section = root.object(key);
    if (!section)
        return;
    JsonReader reader(*section, key, error);
    records->rhythmMonths
        = int(reader.integer(QStringLiteral("rhythmMonths"), 1, ConversationRepository::DefaultRhythmMonths)
                  .value_or(ConversationRepository::DefaultRhythmMonths));
    const QDate today = QDate::currentDate();
    reader.forEachObject(QStringLiteral("held"), [&](const QJsonObject &item, const QString &itemPath) {
        JsonReader held(item, itemPath, error);
        CareerConversation conversation;
        conversation.heldOn = held.date(QStringLiteral("heldOn"), true);
        conversation.person = held.string(QStringLiteral("person"), true);
        const QString relation = held.string(QStringLiteral("relation"), true);
        conversation.relation
            = CareerConversation::relationFromKey(relation).value_or(CareerConversation::Relation::Other);
        if (held.ok() && !CareerConversation::relationFromKey(relation))
            held.fail(QStringLiteral("“%1” is not whom a conversation is with").arg(relation));
        conversation.askedFor = held.string(QStringLiteral("askedFor"));
        conversation.feedback = held.string(QStringLiteral("feedback"));
        conversation.nextOn = held.date(QStringLiteral("nextOn"));
        held.forEachObject(QStringLiteral("agreed"), [&](const QJsonObject &action, const QString &actionPath) {
            conversation.agreed.append(actionFromJson(action, actionPath, path, goals, error));
        });
        const QString problem = CareerConversation::validate(conversation, today);
        if (held.ok() && !problem.isEmpty())
            held.fail(problem);
        if (held.finish())
            records->conversations.append(conversation);
    });
    reader.forEachObject(QStringLiteral("feedback"), [&](const QJsonObject &item, const QString &itemPath) {
        JsonReader given(item, itemPath, error);
        FeedbackQuote quote;
        quote.receivedOn = given.date(QStringLiteral("receivedOn"));
        quote.person = given.string(QStringLiteral("person"));
        const QString source = given.string(QStringLiteral("source"), true);
        quote.source = FeedbackQuote::sourceFromKey(source).value_or(FeedbackQuote::Source::Other);
        if (given.ok() && !FeedbackQuote::sourceFromKey(source))
            given.fail(QStringLiteral("“%1” is not a source of feedback").arg(source));
        quote.quote = given.string(QStringLiteral("quote"), true);
        quote.tags = given.strings(QStringLiteral("tags"));
        const QString problem = FeedbackRepository::validate(quote, skills, today);
        if (given.ok() && !problem.isEmpty())
            given.fail(problem);
        if (given.finish())
            records->feedback.append(quote);
    });
    reader.finish();
}

} // namespace careerplanner
