#include "core/path/PathStore.h"

#include "core/ladders/LadderStore.h"
#include "core/path/PathRepository.h"
#include "core/path/PathValidator.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/undo/EditRecording.h"

#include <algorithm>

namespace careerplanner {

PathStore::PathStore(EditRecorder &recorder, const LadderStore &ladders, QObject *parent)
    : FeatureStore(recorder, parent)
    , m_ladders(ladders)
    , m_scenarios(
          [this](QList<Scenario> *list, QString *error) { return PathRepository(plan()).loadScenarios(list, error); },
          "path")
{
}

bool PathStore::read(QString *error)
{
    const PathRepository career(plan());
    m_profile = career.loadProfile();
    m_scenarios.forget(); // the dashboard, the first view, needs only its glance
    return career.loadPromotions(&m_promotions, error);
}

int PathStore::nextStepIndex() const
{
    return nextStepIndex(scenarios().isEmpty() ? QList<PathStep>() : scenarios().constFirst().steps, m_profile);
}

int PathStore::heldStepIndex(const QList<PathStep> &path, const Profile &profile)
{
    for (int i = 0; i < path.size(); ++i) {
        const PathStep &step = path.at(i);
        if (step.ladderName == profile.ladderName && step.levelTitle == profile.levelTitle)
            return i;
    }
    return -1;
}

int PathStore::nextStepIndex(const QList<PathStep> &path, const Profile &profile)
{
    const int held = heldStepIndex(path, profile);
    if (held >= 0)
        return held + 1 < path.size() ? held + 1 : -1;
    return path.isEmpty() ? -1 : 0; // not on the path yet: its first step is the next
}

bool PathStore::setProfile(const Profile &profile, QString *error)
{
    const EditRecording recording(recorder(), tr("Edit profile"));
    if (!PathRepository(plan()).saveProfile(profile, error))
        return false;
    m_profile = profile;
    Q_EMIT profileChanged();
    return true;
}

bool PathStore::addScenario(const Scenario &scenario, QString *error)
{
    const EditRecording recording(recorder(), tr("Add scenario %1").arg(scenario.name));
    Scenario stored = scenario;
    // Read again: a new primary scenario changes which other one is primary.
    if (!PathRepository(plan()).insertScenario(stored, m_ladders.ladders(), error) || !m_scenarios.reread(error))
        return false;
    Q_EMIT scenariosChanged();
    return true;
}

bool PathStore::replaceScenario(int index, const Scenario &scenario, QString *error)
{
    const EditRecording recording(recorder(), tr("Edit scenario %1").arg(scenario.name));
    QList<Scenario> &scenarios = m_scenarios.get();
    if (!holds(scenarios, index, tr("That scenario is no longer in the plan."), error))
        return false;
    Scenario stored = scenario;
    stored.id = scenarios.at(index).id;
    stored.primary = scenarios.at(index).primary;
    if (!PathRepository(plan()).replaceScenario(stored, m_ladders.ladders(), error))
        return false;
    scenarios[index] = stored;
    Q_EMIT scenariosChanged();
    return true;
}

bool PathStore::removeScenario(int index, QString *error)
{
    QList<Scenario> &scenarios = m_scenarios.get();
    const EditRecording recording(recorder(), tr("Remove scenario %1").arg(nameAt(scenarios, index, &Scenario::name)));
    if (!holds(scenarios, index, tr("That scenario is no longer in the plan."), error))
        return false;
    if (!PathRepository(plan()).removeScenario(scenarios.at(index).id, error))
        return false;
    scenarios.removeAt(index);
    Q_EMIT scenariosChanged();
    return true;
}

bool PathStore::updateMilestone(int scenario, int step, int milestone, const Milestone &value, QString *error)
{
    const EditRecording recording(recorder(), tr("Edit milestone %1").arg(value.title));
    QList<Scenario> &scenarios = m_scenarios.get();
    const QString gone = tr("That milestone is no longer in the plan.");
    if (!holds(scenarios, scenario, gone, error) || !holds(scenarios.at(scenario).steps, step, gone, error)
        || !holds(scenarios.at(scenario).steps.at(step).milestones, milestone, gone, error))
        return false;
    Milestone stored = value;
    stored.id = scenarios.at(scenario).steps.at(step).milestones.at(milestone).id;
    if (!PathRepository(plan()).updateMilestone(stored, error))
        return false;
    scenarios[scenario].steps[step].milestones[milestone] = stored;
    Q_EMIT milestoneChanged(scenario, step, milestone);
    return true;
}

bool PathStore::addPromotion(const Promotion &promotion, QString *error)
{
    const QString problem = PathValidator::validateNewPromotion(promotion, m_profile, QDate::currentDate());
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    // The latest of the promotions, and not before the start of the level held now: it is
    // where the user stands from its date.
    const bool latest = std::all_of(m_promotions.cbegin(), m_promotions.cend(),
                                    [&promotion](const Promotion &p) { return p.date <= promotion.date; })
                        && (m_profile.levelStart.isNull() || m_profile.levelStart <= promotion.date);
    const EditRecording recording(recorder(), tr("Record promotion to %1").arg(promotion.levelTitle));
    Promotion stored = promotion;
    Profile moved = m_profile;
    moved.ladderName = promotion.ladderName;
    moved.levelTitle = promotion.levelTitle;
    moved.levelStart = promotion.date;
    PathRepository career(plan());
    if (!runInTransaction(
            plan().connection(), error,
            [&] { return career.insertPromotion(stored, error) && (!latest || career.saveProfile(moved, error)); })
        || !career.loadPromotions(&m_promotions, error))
        return false;
    if (latest) {
        m_profile = moved;
        Q_EMIT profileChanged();
    }
    Q_EMIT promotionsChanged();
    return true;
}

bool PathStore::removePromotion(int index, QString *error)
{
    const EditRecording recording(
        recorder(), tr("Remove promotion to %1").arg(nameAt(m_promotions, index, &Promotion::levelTitle)));
    if (!holds(m_promotions, index, tr("That promotion is no longer in the plan."), error))
        return false;
    if (!PathRepository(plan()).removePromotion(m_promotions.at(index).id, error))
        return false;
    m_promotions.removeAt(index);
    Q_EMIT promotionsChanged();
    return true;
}

void PathStore::announceReread()
{
    Q_EMIT profileChanged();
    Q_EMIT scenariosChanged();
    Q_EMIT promotionsChanged();
}

} // namespace careerplanner
