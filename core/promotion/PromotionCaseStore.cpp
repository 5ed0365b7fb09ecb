#include "core/promotion/PromotionCaseStore.h"

#include "core/conversations/ConversationStore.h"
#include "core/ladders/LadderStore.h"
#include "core/path/PathStore.h"
#include "core/promotion/CaseChoiceRepository.h"
#include "core/promotion/PromotionCaseBuilder.h"
#include "core/skills/SkillStore.h"
#include "core/stories/StoryStore.h"
#include "core/undo/EditRecording.h"

namespace careerplanner {

namespace {

const QList<PathStep> *ownPath(const PathStore &path)
{
    const QList<Scenario> &scenarios = path.scenarios();
    return scenarios.isEmpty() || !scenarios.constFirst().primary ? nullptr : &scenarios.constFirst().steps;
}

} // namespace

PromotionCaseStore::PromotionCaseStore(EditRecorder &recorder, const LadderStore &ladders, const PathStore &path,
                                       const SkillStore &skills, const StoryStore &stories,
                                       const ConversationStore &conversations, QObject *parent)
    : FeatureStore(recorder, parent)
    , m_ladders(ladders)
    , m_path(path)
    , m_skills(skills)
    , m_stories(stories)
    , m_conversations(conversations)
    , m_choices([this](QHash<qint64, CaseChoices> *choices,
                       QString *error) { return CaseChoiceRepository(plan()).load(choices, error); },
                "promotion case choices")
{
}

PromotionCase PromotionCaseStore::caseFor(int step) const
{
    const QList<PathStep> *path = ownPath(m_path);
    if (!path)
        return {};
    if (step < 0)
        step = PathStore::nextStepIndex(*path, m_path.profile());
    if (step < 1 || step >= path->size())
        return {};
    PromotionCaseBuilder::Input input;
    input.ladders = m_ladders.ladders();
    input.path = *path;
    input.stories = m_stories.stories();
    input.feedback = m_conversations.feedback();
    input.skills = m_skills.skills();
    input.matrix = m_skills.skillMatrix();
    input.goals = m_skills.goals();
    input.choices = m_choices.get().value(path->at(step).id);
    return PromotionCaseBuilder::build(input, step);
}

PromotionCase PromotionCaseStore::caseForLevel(const QString &title) const
{
    const QList<PathStep> *path = ownPath(m_path);
    if (!path)
        return {};
    const int next = std::max(1, PathStore::nextStepIndex(*path, m_path.profile()));
    for (int step = next; step < path->size(); ++step) {
        if (path->at(step).levelTitle.compare(title, Qt::CaseInsensitive) == 0)
            return caseFor(step);
    }
    return {};
}

void PromotionCaseStore::announceReread()
{
    Q_EMIT choicesChanged();
}

bool PromotionCaseStore::setEvidence(int step, const QString &criterion, const QList<CaseEvidence> &evidence,
                                     const QList<CaseEvidence> &leftOut, QString *error)
{
    const QList<PathStep> *path = ownPath(m_path);
    if (!path || step < 1 || step >= path->size()) {
        *error = tr("That step is no longer on your path.");
        return false;
    }
    CaseChoices choices;
    for (const CaseEvidence &piece : evidence)
        choices.append({ criterion, piece.kind, piece.id, true });
    for (const CaseEvidence &piece : leftOut)
        choices.append({ criterion, piece.kind, piece.id, false });
    const qint64 stepId = path->at(step).id;
    QHash<qint64, CaseChoices> &all = m_choices.get(); // read before the file has the new ones
    const EditRecording recording(recorder(), tr("Change the evidence for “%1”").arg(criterion.left(60)));
    if (!CaseChoiceRepository(plan()).replace(stepId, criterion, choices, error))
        return false;
    CaseChoices kept;
    for (const CaseChoice &choice : all.value(stepId)) {
        if (choice.criterion != criterion)
            kept.append(choice);
    }
    all[stepId] = kept + choices;
    Q_EMIT choicesChanged();
    return true;
}

} // namespace careerplanner
