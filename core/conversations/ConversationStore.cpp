#include "core/conversations/ConversationStore.h"

#include "core/base/DateText.h"
#include "core/base/HappenedDate.h"
#include "core/conversations/ConversationRepository.h"
#include "core/conversations/FeedbackRepository.h"
#include "core/path/PathStore.h"
#include "core/skills/SkillStore.h"
#include "core/undo/EditRecording.h"

#include <algorithm>

namespace careerplanner {

ConversationStore::ConversationStore(EditRecorder &recorder, PathStore &path, SkillStore &skills, QObject *parent)
    : FeatureStore(recorder, parent)
    , m_path(path)
    , m_skills(skills)
    , m_conversations([this](QList<CareerConversation> *list,
                             QString *error) { return ConversationRepository(plan()).load(list, error); },
                      "career conversations")
    , m_feedback(
          [this](QList<FeedbackQuote> *list, QString *error) { return FeedbackRepository(plan()).load(list, error); },
          "feedback")
{
}

int ConversationStore::rhythmMonths() const
{
    return ConversationRepository(plan()).rhythmMonths();
}

ConversationRhythm::Next ConversationStore::next(const QDate &today) const
{
    return ConversationRhythm::next(conversations(), rhythmMonths(), today);
}

int ConversationStore::conversationIndex(qint64 conversationId) const
{
    const auto found = std::find_if(conversations().cbegin(), conversations().cend(),
                                    [conversationId](const CareerConversation &c) { return c.id == conversationId; });
    return found == conversations().cend() ? -1 : static_cast<int>(found - conversations().cbegin());
}

void ConversationStore::forget()
{
    m_conversations.forget();
    m_feedback.forget();
}

void ConversationStore::announceReread()
{
    Q_EMIT conversationsChanged();
    Q_EMIT feedbackChanged();
}

void ConversationStore::pathOrGoalsEdited()
{
    // Only actions already read can point at a milestone or goal that went.
    if (m_conversations.isRead()) {
        m_conversations.forget();
        Q_EMIT conversationsChanged();
    }
}

bool ConversationStore::rereadConversations(QString *error)
{
    if (!m_conversations.reread(error))
        return false;
    Q_EMIT conversationsChanged();
    return true;
}

bool ConversationStore::saveConversation(const CareerConversation &conversation, QString *error, qint64 *savedId)
{
    const int index = conversationIndex(conversation.id);
    const QDate was = index >= 0 ? conversations().at(index).heldOn : QDate();
    const QDate today = QDate::currentDate();
    // An old conversation keeps its date; a new or moved one has been held by today.
    CareerConversation checked = conversation;
    if (was.isValid() && was == conversation.heldOn && conversation.heldOn > today)
        checked.heldOn = today;
    if (!passes(CareerConversation::validate(checked, today), error))
        return false;
    const EditRecording recording(recorder(), conversation.id == 0
                                                  ? tr("Add conversation with %1").arg(conversation.person)
                                                  : tr("Edit conversation with %1").arg(conversation.person));
    CareerConversation stored = conversation;
    if (!ConversationRepository(plan()).save(stored, std::max(today, conversation.heldOn), error))
        return false;
    if (savedId)
        *savedId = stored.id;
    return rereadConversations(error);
}

bool ConversationStore::removeConversation(int index, QString *error)
{
    QList<CareerConversation> &list = m_conversations.get();
    const EditRecording recording(
        recorder(), tr("Remove conversation with %1").arg(nameAt(list, index, &CareerConversation::person)));
    if (!holds(list, index, tr("That conversation is no longer in the plan."), error))
        return false;
    if (!ConversationRepository(plan()).remove(list.at(index).id, error))
        return false;
    list.removeAt(index);
    Q_EMIT conversationsChanged();
    return true;
}

bool ConversationStore::setRhythmMonths(int months, QString *error)
{
    if (months == rhythmMonths())
        return true;
    const EditRecording recording(recorder(),
                                  tr("Hold career conversations every %1").arg(DateText::monthCount(months)));
    if (!ConversationRepository(plan()).setRhythmMonths(months, error))
        return false;
    Q_EMIT conversationsChanged();
    return true;
}

const AgreedAction *ConversationStore::actionAt(qint64 conversationId, int action, QString *error) const
{
    const int index = conversationIndex(conversationId);
    if (index < 0 || action < 0 || action >= conversations().at(index).agreed.size()) {
        *error = tr("That agreed action is no longer in the plan.");
        return nullptr;
    }
    const AgreedAction *found = &conversations().at(index).agreed.at(action);
    if (found->isMade()) {
        *error = tr("That action is already on the plan.");
        return nullptr;
    }
    return found;
}

bool ConversationStore::makeMilestone(qint64 conversationId, int action, int step, QString *error)
{
    const AgreedAction *agreed = actionAt(conversationId, action, error);
    if (!agreed)
        return false;
    const auto &scenarios = m_path.scenarios();
    if (scenarios.isEmpty() || !scenarios.constFirst().primary || step < 0
        || step >= scenarios.constFirst().steps.size()) {
        *error = tr("That step is no longer on your path.");
        return false;
    }
    Scenario path = scenarios.constFirst();
    Milestone milestone;
    milestone.title = agreed->text.simplified();
    path.steps[step].milestones.append(milestone);
    const QString description = tr("Make “%1” a milestone of %2").arg(milestone.title, path.steps.at(step).levelTitle);
    const EditRecording recording(recorder(), description);
    if (!m_path.replaceScenario(0, path, error, description))
        return false;
    const qint64 milestoneId = m_path.scenarios().constFirst().steps.at(step).milestones.constLast().id;
    return ConversationRepository(plan()).setMadeInto(conversationId, action, milestoneId, 0, error)
           && rereadConversations(error);
}

bool ConversationStore::makeGoal(qint64 conversationId, int action, const Goal &goal, QString *error)
{
    const AgreedAction *agreed = actionAt(conversationId, action, error);
    if (!agreed)
        return false;
    const EditRecording recording(recorder(), tr("Make “%1” a skill goal").arg(agreed->text.simplified()));
    Goal made = goal;
    made.id = 0;
    if (made.notes.isEmpty())
        made.notes = agreed->text.simplified();
    qint64 goalId = 0;
    return m_skills.saveGoal(made, error, &goalId)
           && ConversationRepository(plan()).setMadeInto(conversationId, action, 0, goalId, error)
           && rereadConversations(error);
}

bool ConversationStore::saveFeedback(const FeedbackQuote &quote, QString *error)
{
    const auto before = std::find_if(feedback().cbegin(), feedback().cend(),
                                     [&quote](const FeedbackQuote &q) { return q.id == quote.id; });
    const QDate was = quote.id != 0 && before != feedback().cend() ? before->receivedOn : QDate();
    const QDate today = QDate::currentDate();
    if (!passes(HappenedDate::problemIfChanged(HappenedDate::Kind::Feedback, was, quote.receivedOn, today), error))
        return false;
    const EditRecording recording(recorder(), quote.id == 0 ? tr("Add feedback") : tr("Edit feedback"));
    FeedbackQuote stored = quote;
    if (!FeedbackRepository(plan()).save(stored, m_skills.skills(), std::max(today, quote.receivedOn), error)
        || !m_feedback.reread(error))
        return false;
    Q_EMIT feedbackChanged();
    return true;
}

bool ConversationStore::removeFeedback(int index, QString *error)
{
    QList<FeedbackQuote> &list = m_feedback.get();
    const EditRecording recording(recorder(), tr("Remove feedback"));
    if (!holds(list, index, tr("That feedback is no longer in the plan."), error))
        return false;
    if (!FeedbackRepository(plan()).remove(list.at(index).id, error))
        return false;
    list.removeAt(index);
    Q_EMIT feedbackChanged();
    return true;
}

} // namespace careerplanner
