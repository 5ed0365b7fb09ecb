#pragma once

#include "core/base/LazyRead.h"
#include "core/conversations/CareerConversation.h"
#include "core/conversations/ConversationRhythm.h"
#include "core/conversations/FeedbackQuote.h"
#include "core/skills/Goal.h"
#include "core/undo/FeatureStore.h"

#include <QList>

namespace careerplanner {

class PathStore;
class SkillStore;

// The plan's career conversations and feedback quotes, read when first asked for, and the
// rhythm conversations are meant to keep. Every edit is one undo step, including an agreed
// action made into a milestone or a skill goal together with the link to it.
class ConversationStore : public FeatureStore
{
    Q_OBJECT

public:
    // path: where an agreed action's milestone goes; skills: a quote's tags and an action's goal.
    ConversationStore(EditRecorder &recorder, PathStore &path, SkillStore &skills, QObject *parent = nullptr);

    const QList<CareerConversation> &conversations() const { return m_conversations.get(); } // newest first
    const QList<FeedbackQuote> &feedback() const { return m_feedback.get(); } // newest first
    int rhythmMonths() const;
    ConversationRhythm::Next next(const QDate &today) const;
    int conversationIndex(qint64 conversationId) const; // -1 when it is not in the plan
    void forget(); // the file changed: read again when next asked
    void announceReread();
    // A milestone or a goal removed elsewhere leaves the actions made into it unmade.
    void pathOrGoalsEdited();

    bool saveConversation(const CareerConversation &conversation, QString *error, qint64 *savedId = nullptr);
    bool removeConversation(int index, QString *error);
    bool setRhythmMonths(int months, QString *error);
    // Agreed action number action of the conversation becomes a planned milestone of the
    // plan's own path at step (its text the title), or the goal given (for the skill it names).
    bool makeMilestone(qint64 conversationId, int action, int step, QString *error);
    bool makeGoal(qint64 conversationId, int action, const Goal &goal, QString *error);

    bool saveFeedback(const FeedbackQuote &quote, QString *error); // new when id is 0
    bool removeFeedback(int index, QString *error);

Q_SIGNALS:
    void conversationsChanged(); // the conversations, their actions or the rhythm
    void feedbackChanged();

private:
    const AgreedAction *actionAt(qint64 conversationId, int action, QString *error) const;
    bool rereadConversations(QString *error);

    PathStore &m_path;
    SkillStore &m_skills;
    mutable LazyRead<QList<CareerConversation>> m_conversations;
    mutable LazyRead<QList<FeedbackQuote>> m_feedback;
};

} // namespace careerplanner
