#include "core/conversations/ConversationRepository.h"

#include "core/ladders/LadderRepository.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace careerplanner {

namespace {

const QString RhythmKey = QStringLiteral("conversation_rhythm_months");

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

} // namespace

ConversationRepository::ConversationRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

bool ConversationRepository::load(QList<CareerConversation> *conversations, QString *error) const
{
    conversations->clear();
    QHash<qint64, int> index;
    SqliteRows rows(m_plan.connection(), "SELECT id, held_on, person, relation, asked_for, feedback, next_on "
                                         "FROM career_conversation ORDER BY held_on DESC, id DESC");
    while (rows.next()) {
        CareerConversation conversation;
        conversation.id = rows.int64(0);
        conversation.heldOn = rows.date(1);
        conversation.person = rows.text(2);
        conversation.relation
            = CareerConversation::relationFromKey(rows.text(3)).value_or(CareerConversation::Relation::Other);
        conversation.askedFor = rows.text(4);
        conversation.feedback = rows.text(5);
        conversation.nextOn = rows.date(6);
        index.insert(conversation.id, static_cast<int>(conversations->size()));
        conversations->append(conversation);
    }
    if (!rows.finished(error))
        return false;
    SqliteRows actions(m_plan.connection(), "SELECT conversation_id, text, ifnull(milestone_id, 0), ifnull(goal_id, 0) "
                                            "FROM conversation_action ORDER BY conversation_id, position");
    while (actions.next()) {
        const auto found = index.constFind(actions.int64(0));
        if (found != index.cend())
            (*conversations)[*found].agreed.append({ actions.text(1), actions.int64(2), actions.int64(3) });
    }
    return actions.finished(error);
}

bool ConversationRepository::save(CareerConversation &conversation, const QDate &today, QString *error)
{
    const QString problem = CareerConversation::validate(conversation, today);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return runInTransaction(m_plan.connection(), error, [&] {
        QSqlQuery q(m_plan.connection());
        if (conversation.id == 0) {
            q.prepare(QStringLiteral("INSERT INTO career_conversation (held_on, person, relation, asked_for, "
                                     "feedback, next_on) VALUES (?, ?, ?, ?, ?, ?)"));
        } else {
            q.prepare(QStringLiteral("UPDATE career_conversation SET held_on = ?, person = ?, relation = ?, "
                                     "asked_for = ?, feedback = ?, next_on = ? WHERE id = ?"));
        }
        q.addBindValue(sql::date(conversation.heldOn));
        q.addBindValue(sql::text(conversation.person.trimmed()));
        q.addBindValue(CareerConversation::relationKey(conversation.relation));
        q.addBindValue(sql::text(conversation.askedFor));
        q.addBindValue(sql::text(conversation.feedback));
        q.addBindValue(sql::date(conversation.nextOn));
        if (conversation.id != 0)
            q.addBindValue(conversation.id);
        if (conversation.id == 0 ? !sql::insert(q, &conversation.id, error) : !sql::exec(q, error))
            return false;
        q.prepare(QStringLiteral("DELETE FROM conversation_action WHERE conversation_id = ?"));
        q.addBindValue(conversation.id);
        if (!sql::exec(q, error))
            return false;
        q.prepare(QStringLiteral("INSERT INTO conversation_action (conversation_id, position, text, milestone_id, "
                                 "goal_id) VALUES (?, ?, ?, ?, ?)"));
        for (int i = 0; i < conversation.agreed.size(); ++i) {
            const AgreedAction &action = conversation.agreed.at(i);
            q.addBindValue(conversation.id);
            q.addBindValue(i);
            q.addBindValue(sql::text(action.text.trimmed()));
            q.addBindValue(idOrNull(action.milestoneId));
            q.addBindValue(idOrNull(action.goalId));
            if (!sql::exec(q, error))
                return false;
        }
        return true;
    });
}

bool ConversationRepository::remove(qint64 conversationId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("career_conversation"), conversationId, error);
}

bool ConversationRepository::setMadeInto(qint64 conversationId, int action, qint64 milestoneId, qint64 goalId,
                                         QString *error)
{
    QSqlQuery q(m_plan.connection());
    q.prepare(QStringLiteral("UPDATE conversation_action SET milestone_id = ?, goal_id = ? "
                             "WHERE conversation_id = ? AND position = ?"));
    q.addBindValue(idOrNull(milestoneId));
    q.addBindValue(idOrNull(goalId));
    q.addBindValue(conversationId);
    q.addBindValue(action);
    if (!sql::exec(q, error))
        return false;
    if (q.numRowsAffected() == 1)
        return true;
    *error = QCoreApplication::translate("ConversationRepository", "That agreed action is no longer in the plan.");
    return false;
}

int ConversationRepository::rhythmMonths() const
{
    bool ok = false;
    const int months = LadderRepository(m_plan).planInfo(RhythmKey).toInt(&ok);
    return ok && months >= 1 && months <= DefaultRhythmMonths ? months : DefaultRhythmMonths;
}

bool ConversationRepository::setRhythmMonths(int months, QString *error)
{
    if (months < 1 || months > DefaultRhythmMonths) {
        *error = QCoreApplication::translate("ConversationRepository",
                                             "Hold a career conversation every 1 to 12 months: the guide asks for "
                                             "one at least once a year.");
        return false;
    }
    return LadderRepository(m_plan).setPlanInfo(RhythmKey, QString::number(months), error);
}

} // namespace careerplanner
