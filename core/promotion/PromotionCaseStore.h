#pragma once

#include "core/base/LazyRead.h"
#include "core/promotion/CaseChoice.h"
#include "core/promotion/PromotionCase.h"
#include "core/undo/FeatureStore.h"

#include <QHash>

namespace careerplanner {

class ConversationStore;
class LadderStore;
class PathStore;
class SkillStore;
class StoryStore;

// The promotion case of a step of the plan's own path, put together from the other stores
// when asked, and the user's choices of what goes in, read when first asked for. Each
// change to a criterion's evidence is one undo step.
class PromotionCaseStore : public FeatureStore
{
    Q_OBJECT

public:
    PromotionCaseStore(EditRecorder &recorder, const LadderStore &ladders, const PathStore &path,
                       const SkillStore &skills, const StoryStore &stories, const ConversationStore &conversations,
                       QObject *parent = nullptr);

    // The case of step (of the plan's own path); -1: the next promotion. Empty when there is none.
    PromotionCase caseFor(int step = -1) const;
    // The case of the step whose level has title (the next step with it); empty when none has.
    PromotionCase caseForLevel(const QString &title) const;
    void forget() { m_choices.forget(); }
    void announceReread();

    // What the case of step says for criterion from now on: evidence, in that order, goes
    // in; leftOut stays out (and is shown as left out); anything else is suggested or not.
    bool setEvidence(int step, const QString &criterion, const QList<CaseEvidence> &evidence,
                     const QList<CaseEvidence> &leftOut, QString *error);

Q_SIGNALS:
    void choicesChanged();

private:
    const LadderStore &m_ladders;
    const PathStore &m_path;
    const SkillStore &m_skills;
    const StoryStore &m_stories;
    const ConversationStore &m_conversations;
    mutable LazyRead<QHash<qint64, CaseChoices>> m_choices;
};

} // namespace careerplanner
