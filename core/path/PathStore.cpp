#include "core/path/PathStore.h"
#include "core/base/DateText.h"

#include "core/base/HappenedDate.h"
#include "core/ladders/LadderStore.h"
#include "core/path/PathPlanner.h"
#include "core/path/PathRepository.h"
#include "core/path/PathValidator.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/undo/EditRecording.h"

#include <QLocale>

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

QDate PathStore::ladderStart() const
{
    QDate start = m_profile.levelStart;
    for (const Promotion &promotion : m_promotions) {
        if (!start.isValid() || promotion.date < start)
            start = promotion.date;
    }
    return start;
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

bool PathStore::isStillToCome(const QList<PathStep> &path, const Profile &profile, int step)
{
    const int next = nextStepIndex(path, profile);
    return next >= 0 && step >= next && step < path.size();
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
    if (!passes(HappenedDate::problemIfChanged(HappenedDate::Kind::LevelStart, m_profile.levelStart, profile.levelStart,
                                               QDate::currentDate()),
                error))
        return false;
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

bool PathStore::replaceScenario(int index, const Scenario &scenario, QString *error, const QString &description)
{
    const EditRecording recording(recorder(),
                                  description.isEmpty() ? tr("Edit scenario %1").arg(scenario.name) : description);
    QList<Scenario> &scenarios = m_scenarios.get();
    if (!holds(scenarios, index, tr("That scenario is no longer in the plan."), error))
        return false;
    Scenario stored = scenario;
    stored.id = scenarios.at(index).id;
    stored.primary = scenarios.at(index).primary;
    // The plan's own path and the profile hold one fact, the start at the level held now.
    const int held = stored.primary ? heldStepIndex(stored.steps, m_profile) : -1;
    Profile moved = m_profile;
    if (held >= 0)
        moved.levelStart = stored.steps.at(held).targetDate;
    if (!passes(HappenedDate::problemIfChanged(HappenedDate::Kind::LevelStart, m_profile.levelStart, moved.levelStart,
                                               QDate::currentDate()),
                error))
        return false;
    PathRepository career(plan());
    if (!runInTransaction(plan().connection(), error, [&] {
            return career.replaceScenario(stored, m_ladders.ladders(), error)
                   && (moved == m_profile || career.saveProfile(moved, error));
        }))
        return false;
    scenarios[index] = stored;
    if (moved != m_profile) {
        m_profile = moved;
        Q_EMIT profileChanged();
    }
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
    const Milestone &current = scenarios.at(scenario).steps.at(step).milestones.at(milestone);
    if (!passes(HappenedDate::problemIfChanged(HappenedDate::Kind::Completion, current.completedDate,
                                               value.completedDate, QDate::currentDate()),
                error))
        return false;
    Milestone stored = value;
    stored.id = current.id;
    if (!PathRepository(plan()).updateMilestone(stored, error))
        return false;
    scenarios[scenario].steps[step].milestones[milestone] = stored;
    Q_EMIT milestoneChanged(scenario, step, milestone);
    return true;
}

bool PathStore::addPromotion(const Promotion &promotion, QString *error)
{
    if (!passes(PathValidator::validateNewPromotion(promotion, m_profile, QDate::currentDate()), error))
        return false;
    const EditRecording recording(recorder(), tr("Record promotion to %1").arg(promotion.levelTitle));
    QList<Promotion> after = m_promotions;
    after.append(promotion);
    return changePromotions(
        after,
        [&promotion](PathRepository &career, QString *e) {
            Promotion stored = promotion;
            return career.insertPromotion(stored, e);
        },
        error);
}

bool PathStore::updatePromotion(int index, const Promotion &promotion, QString *error)
{
    const EditRecording recording(recorder(), tr("Edit promotion to %1").arg(promotion.levelTitle));
    if (!holds(m_promotions, index, tr("That promotion is no longer in the plan."), error))
        return false;
    Promotion stored = promotion;
    stored.id = m_promotions.at(index).id;
    if (!passes(HappenedDate::problemIfChanged(HappenedDate::Kind::Promotion, m_promotions.at(index).date, stored.date,
                                               QDate::currentDate()),
                error))
        return false;
    QList<Promotion> after = m_promotions;
    after.replace(index, stored);
    if (!passes(repeatedLevel(after), error))
        return false;
    return changePromotions(
        after, [&stored](PathRepository &career, QString *e) { return career.updatePromotion(stored, e); }, error);
}

bool PathStore::removePromotion(int index, QString *error)
{
    const EditRecording recording(
        recorder(), tr("Remove promotion to %1").arg(nameAt(m_promotions, index, &Promotion::levelTitle)));
    if (!holds(m_promotions, index, tr("That promotion is no longer in the plan."), error))
        return false;
    const qint64 id = m_promotions.at(index).id;
    QList<Promotion> after = m_promotions;
    after.removeAt(index);
    return changePromotions(
        after, [id](PathRepository &career, QString *e) { return career.removePromotion(id, e); }, error);
}

QString PathStore::repeatedLevel(QList<Promotion> promotions)
{
    std::stable_sort(promotions.begin(), promotions.end(),
                     [](const Promotion &a, const Promotion &b) { return a.date < b.date; });
    for (qsizetype i = 1; i < promotions.size(); ++i) {
        const Promotion &before = promotions.at(i - 1);
        const Promotion &next = promotions.at(i);
        if (before.ladderName == next.ladderName && before.levelTitle == next.levelTitle)
            return tr("%1 is already the level reached on %2: a promotion moves you to another level.")
                .arg(next.levelTitle, DateText::longDate(before.date));
    }
    return {};
}

std::optional<Profile> PathStore::profileAfter(const QList<Promotion> &after) const
{
    const auto byDate = [](const Promotion &a, const Promotion &b) { return a.date < b.date; };
    const auto latestBefore = std::max_element(m_promotions.cbegin(), m_promotions.cend(), byDate);
    // Set by the latest promotion, the profile follows whatever becomes the latest.
    const bool following = latestBefore != m_promotions.cend() && latestBefore->ladderName == m_profile.ladderName
                           && latestBefore->levelTitle == m_profile.levelTitle
                           && latestBefore->date == m_profile.levelStart;
    Profile moved = m_profile;
    const auto latest = std::max_element(after.cbegin(), after.cend(), byDate);
    if (latest != after.cend()
        && (following || m_profile.levelStart.isNull() || latest->date >= m_profile.levelStart)) {
        moved.ladderName = latest->ladderName;
        moved.levelTitle = latest->levelTitle;
        moved.levelStart = latest->date;
    } else if (latest == after.cend() && following) {
        // The only promotion is gone: back to the level below it, since a day not known.
        int position = -1;
        const CareerLevel *level
            = PathValidator::findLevel(m_ladders.ladders(), m_profile.ladderName, m_profile.levelTitle, &position);
        if (level && position > 0) {
            moved.levelTitle = (level - 1)->title; // the ladder's levels are one array, lowest first
            moved.levelStart = QDate();
        }
    }
    if (moved == m_profile)
        return std::nullopt;
    return moved;
}

bool PathStore::changePromotions(const QList<Promotion> &after, const PromotionChange &change, QString *error)
{
    const std::optional<Profile> moved = profileAfter(after);
    // The plan's own path follows: its step at the level now held starts on the promotion's
    // day, and the steps after it move on from there.
    std::optional<Scenario> path;
    QList<Scenario> &scenarios = m_scenarios.get();
    if (moved && !scenarios.isEmpty() && scenarios.constFirst().primary) {
        const int held = heldStepIndex(scenarios.constFirst().steps, *moved);
        if (held >= 0 && moved->levelStart.isValid()
            && scenarios.constFirst().steps.at(held).targetDate != moved->levelStart) {
            path = scenarios.constFirst();
            PathPlanner::moveStep(*path, held, moved->levelStart, true);
        }
    }
    PathRepository career(plan());
    if (!runInTransaction(plan().connection(), error,
                          [&] {
                              return change(career, error) && (!moved || career.saveProfile(*moved, error))
                                     && (!path || career.replaceScenario(*path, m_ladders.ladders(), error));
                          })
        || !career.loadPromotions(&m_promotions, error))
        return false;
    if (moved) {
        m_profile = *moved;
        Q_EMIT profileChanged();
    }
    if (path) {
        scenarios.first() = *path;
        Q_EMIT scenariosChanged();
    }
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
