#include "ui/conversations/ConversationModel.h"

#include "core/plan/PlanSession.h"

#include <QLocale>

namespace careerplanner {

ConversationModel::ConversationModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Held on"), tr("With"), tr("Agreed"), tr("Next") }, parent)
    , m_session(session)
{
    resetOn(&session->conversationStore(), &ConversationStore::conversationsChanged);
}

int ConversationModel::recordCount() const
{
    return static_cast<int>(m_session->conversationStore().conversations().size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CareerConversation &conversation = m_session->conversationStore().conversations().at(index.row());
    const auto made = std::count_if(conversation.agreed.cbegin(), conversation.agreed.cend(),
                                    [](const AgreedAction &action) { return action.isMade(); });
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(conversation.heldOn, QLocale::ShortFormat);
        case WithColumn:
            return tr("%1 (%2)").arg(conversation.person,
                                     CareerConversation::relationName(conversation.relation).toLower());
        case AgreedColumn:
            if (conversation.agreed.isEmpty())
                return tr("nothing agreed");
            return conversation.agreed.size() == 1
                       ? (made == 1 ? tr("1 action, on the plan") : tr("1 action, not on the plan yet"))
                       : tr("%1 actions, %2 on the plan").arg(conversation.agreed.size()).arg(made);
        case NextColumn:
            return conversation.nextOn.isValid() ? QLocale().toString(conversation.nextOn, QLocale::ShortFormat)
                                                 : tr("not booked");
        }
        return {};
    case SearchRole: {
        QStringList words { conversation.person, CareerConversation::relationName(conversation.relation),
                            conversation.askedFor, conversation.feedback };
        for (const AgreedAction &action : conversation.agreed)
            words.append(action.text);
        return words.join(QLatin1Char('\n'));
    }
    case TagsRole:
        return QStringList();
    default:
        return {};
    }
}

} // namespace careerplanner
