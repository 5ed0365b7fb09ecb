#include "core/plan/PlanSession.h"

#include "core/dashboard/DashboardSummary.h"
#include "core/undo/EditRecording.h"
#include "core/base/OwnThread.h"
#include "core/storage/PlanSnapshot.h"
#include "core/undo/PlanUndoLog.h"

#include "core/path/PathRepository.h"
#include "core/pay/PayRepository.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"
#include "core/skills/SkillRepository.h"

#include <QSqlQuery>

#include <optional>

namespace careerplanner {

namespace {

// A name for an edit's description; the index is checked by the edit itself.
template<typename T>
QString nameAt(const QList<T> &list, int index, QString T::*member)
{
    return index >= 0 && index < list.size() ? list.at(index).*member : QString();
}

} // namespace

PlanSession::PlanSession(std::unique_ptr<PlanDatabase> plan, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_repository(*m_plan)
    , m_scenarios([this](QList<Scenario> *list, QString *error) { return PathRepository(*m_plan).loadScenarios(list, error); },
                  "path")
    , m_skillMatrix([this](SkillMatrix *matrix, QString *error) { return SkillRepository(*m_plan).loadMatrix(matrix, error); },
                    "skill expectations")
    , m_goals([this](QList<Goal> *list, QString *error) { return SkillRepository(*m_plan).loadGoals(list, error); },
              "goals")
    , m_stories([this](QList<Story> *list, QString *error) { return SkillRepository(*m_plan).loadStories(list, error); },
                "stories")
{
}

PlanSession::~PlanSession() = default;

std::unique_ptr<PlanSession> PlanSession::open(const QString &path, QString *error,
                                               PlanDatabase::ContentCheck check)
{
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, error, check);
    return plan ? load(std::move(plan), error) : nullptr;
}

std::unique_ptr<PlanSession> PlanSession::load(std::unique_ptr<PlanDatabase> plan, QString *error)
{
    auto session = std::make_unique<PlanSession>(std::move(plan));
    // Beside the read: with the read itself beside the window's making (PlanSessionLoader),
    // waiting for the read would leave a core idle while the window is made.
    session->m_plan->startContentCheck();
    if (!session->readAtOpening(error)) {
        // A read that failed on a plan not yet checked: the check says better why.
        session->verified(error);
        return nullptr;
    }
    return session;
}

void PlanSession::handOverTo(QThread *thread)
{
    m_plan->handOverTo(thread);
    moveToThread(thread);
}

bool PlanSession::readAll(QString *error)
{
    m_name = m_repository.planInfo(QStringLiteral("name"));
    PayRepository pay(*m_plan);
    m_adjustment = m_repository.adjustment();
    PathRepository career(*m_plan);
    m_profile = career.loadProfile();
    SkillRepository skills(*m_plan);
    // Read when first asked for: the dashboard, the first view, needs only the glance.
    m_scenarios.forget();
    m_skillMatrix.forget();
    m_goals.forget();
    m_stories.forget();
    m_glanceChanges = -1; // asked for again when next wanted
    return m_repository.loadAll(&m_ladders, error) && pay.loadPackages(&m_payPackages, error)
        && pay.loadHistory(&m_payHistory, error) && career.loadPromotions(&m_promotions, error)
        && skills.loadSkills(&m_skills, error);
}

bool PlanSession::readAtOpening(QString *error)
{
    // The dashboard's first glance is asked on a second connection, beside the rest of the
    // read (on a large plan each is about half of it). Both happen inside one read
    // transaction of this connection: while it holds its shared lock no writer can commit,
    // so the two see the same file. Without it, or if the second reader fails, the glance
    // is asked here afterwards.
    const QDate dueBy = QDate::currentDate().addDays(DashboardSummary::DueSoonDays);
    QSqlQuery snapshot(m_plan->connection());
    const bool began = snapshot.exec(QStringLiteral("BEGIN"));
    const bool held = began && snapshot.exec(QStringLiteral("SELECT 1 FROM sqlite_schema"));
    snapshot.finish(); // the transaction keeps the lock
    std::future<std::optional<PlanGlance>> beside;
    if (held) {
        beside = startOnOwnThread([path = m_plan->path(), dueBy]() -> std::optional<PlanGlance> {
            QString ignored; // the glance is then asked on the first connection, which reports
            const std::unique_ptr<PlanDatabase> reader = PlanDatabase::openSecondReader(path, &ignored);
            PlanGlance glance;
            return reader && PlanGlance::read(*reader, dueBy, &glance, &ignored) ? std::optional(glance) : std::nullopt;
        });
    }
    bool read = readAll(error);
    const std::optional<PlanGlance> asked = beside.valid() ? beside.get() : std::nullopt;
    if (read && asked)
        m_glance = *asked;
    else if (read)
        read = PlanGlance::read(*m_plan, dueBy, &m_glance, error);
    m_glanceDueBy = dueBy;
    m_glanceChanges = sql::changeCount(m_plan->connection());
    if (began)
        snapshot.exec(QStringLiteral("COMMIT")); // it wrote nothing: ending it cannot lose anything
    return read;
}

const QList<Story> &PlanSession::stories() const
{
    return m_stories.get();
}

const QList<Scenario> &PlanSession::scenarios() const
{
    return m_scenarios.get();
}

const PlanGlance &PlanSession::glance(const QDate &dueBy) const
{
    const qint64 changes = sql::changeCount(m_plan->connection());
    if (dueBy == m_glanceDueBy && changes == m_glanceChanges)
        return m_glance;
    QString error;
    if (!PlanGlance::read(*m_plan, dueBy, &m_glance, &error)) {
        m_glance = {};
        qWarning("The plan's milestones and goals could not be summed up: %s", qPrintable(error));
    }
    m_glanceDueBy = dueBy;
    m_glanceChanges = changes;
    return m_glance;
}

const QList<Goal> &PlanSession::goals() const
{
    return m_goals.get();
}

bool PlanSession::replayEdit(const PlanUndoLog::Range &range, PlanUndoLog::Range *inverse, QString *error)
{
    return PlanUndoLog::replay(m_plan->connection(), range, inverse, error) && reloadEverything(error);
}

bool PlanSession::applyBatch(const QString &description, const std::function<bool(PlanDatabase &, QString *)> &writes,
                             QString *error)
{
    const EditRecording recording(this, description);
    return runInTransaction(m_plan->connection(), error, [&] { return writes(*m_plan, error); })
        && reloadEverything(error);
}

bool PlanSession::reloadEverything(QString *error)
{
    // Any table may have changed: everything is read again and every view told so.
    Q_EMIT planAboutToBeReloaded();
    const bool read = readAll(error);
    Q_EMIT planReloaded();
    for (auto changed : {&PlanSession::payPackagesChanged, &PlanSession::payHistoryChanged,
                         &PlanSession::adjustmentChanged, &PlanSession::profileChanged, &PlanSession::scenariosChanged,
                         &PlanSession::promotionsChanged, &PlanSession::skillMatrixChanged, &PlanSession::goalsChanged,
                         &PlanSession::storiesChanged})
        Q_EMIT(this->*changed)();
    return read;
}

bool PlanSession::validLadder(int ladderIndex, QString *error) const
{
    if (ladderIndex >= 0 && ladderIndex < m_ladders.size())
        return true;
    *error = tr("That ladder is no longer in the plan.");
    return false;
}

bool PlanSession::updateLevel(int ladderIndex, int levelIndex, const CareerLevel &level, QString *error)
{
    const EditRecording recording(this, tr("Edit level %1").arg(level.title));
    if (!validLadder(ladderIndex, error))
        return false;
    CareerLevel stored = level;
    stored.id = m_ladders.at(ladderIndex).levels.at(levelIndex).id;
    if (!m_repository.updateLevel(stored, error))
        return false;
    m_ladders[ladderIndex].levels[levelIndex] = stored;
    Q_EMIT levelChanged(ladderIndex, levelIndex);
    return reloadMatrix(error); // it is keyed by level title, which may have changed
}

bool PlanSession::insertLevel(int ladderIndex, int position, const CareerLevel &level, QString *error)
{
    const EditRecording recording(this, tr("Add level %1").arg(level.title));
    if (!validLadder(ladderIndex, error))
        return false;
    CareerLevel stored = level;
    if (!m_repository.insertLevel(m_ladders.at(ladderIndex).id, position, stored, error))
        return false;
    Q_EMIT levelsAboutToBeInserted(ladderIndex, position);
    m_ladders[ladderIndex].levels.insert(position, stored);
    Q_EMIT levelsInserted(ladderIndex, position);
    return true;
}

bool PlanSession::removeLevel(int ladderIndex, int levelIndex, QString *error)
{
    const EditRecording recording(this, tr("Remove level %1").arg(ladderIndex >= 0 && ladderIndex < m_ladders.size() ? nameAt(m_ladders.at(ladderIndex).levels, levelIndex, &CareerLevel::title) : QString()));
    if (!validLadder(ladderIndex, error))
        return false;
    if (!m_repository.removeLevel(m_ladders.at(ladderIndex).levels.at(levelIndex).id, error))
        return false;
    Q_EMIT levelsAboutToBeRemoved(ladderIndex, levelIndex);
    m_ladders[ladderIndex].levels.removeAt(levelIndex);
    Q_EMIT levelsRemoved(ladderIndex, levelIndex);
    return reloadMatrix(error);
}

bool PlanSession::reloadMatrix(QString *error)
{
    if (!m_skillMatrix.reread(error))
        return false;
    Q_EMIT skillMatrixChanged();
    return true;
}

bool PlanSession::addLadder(const CareerLadder &ladder, QString *error)
{
    const EditRecording recording(this, tr("Add ladder %1").arg(ladder.name));
    CareerLadder stored = ladder;
    if (!m_repository.insertLadder(stored, error))
        return false;
    const int position = static_cast<int>(m_ladders.size());
    Q_EMIT laddersAboutToBeInserted(position);
    m_ladders.append(stored);
    Q_EMIT laddersInserted(position);
    return true;
}

bool PlanSession::addPackage(const PayPackage &package, QString *error)
{
    const EditRecording recording(this, tr("Add pay package %1").arg(package.name));
    PayPackage stored = package;
    if (!PayRepository(*m_plan).insertPackage(stored, error))
        return false;
    m_payPackages.append(stored);
    Q_EMIT payPackagesChanged();
    return true;
}

bool PlanSession::updatePackage(int index, const PayPackage &package, QString *error)
{
    const EditRecording recording(this, tr("Edit pay package %1").arg(package.name));
    if (index < 0 || index >= m_payPackages.size()) {
        *error = tr("That package is no longer in the plan.");
        return false;
    }
    PayPackage stored = package;
    stored.id = m_payPackages.at(index).id;
    if (!PayRepository(*m_plan).updatePackage(stored, error))
        return false;
    m_payPackages[index] = stored;
    Q_EMIT payPackagesChanged();
    return true;
}

bool PlanSession::removePackage(int index, QString *error)
{
    const EditRecording recording(this, tr("Remove pay package %1").arg(nameAt(m_payPackages, index, &PayPackage::name)));
    if (index < 0 || index >= m_payPackages.size()) {
        *error = tr("That package is no longer in the plan.");
        return false;
    }
    if (!PayRepository(*m_plan).removePackage(m_payPackages.at(index).id, error))
        return false;
    m_payPackages.removeAt(index);
    Q_EMIT payPackagesChanged();
    return true;
}

bool PlanSession::saveRecord(const PayRecord &record, QString *error)
{
    const EditRecording recording(this, tr("Save pay for %1").arg(record.year));
    PayRepository repository(*m_plan);
    PayRecord stored = record;
    // Reload after writing: the level link decides which names the history shows.
    if (!repository.saveRecord(stored, error) || !repository.loadHistory(&m_payHistory, error))
        return false;
    Q_EMIT payHistoryChanged();
    return true;
}

bool PlanSession::removeRecord(int index, QString *error)
{
    const EditRecording recording(this, tr("Remove a year of pay"));
    if (index < 0 || index >= m_payHistory.size()) {
        *error = tr("That year is no longer in the plan.");
        return false;
    }
    if (!PayRepository(*m_plan).removeRecord(m_payHistory.at(index).id, error))
        return false;
    m_payHistory.removeAt(index);
    Q_EMIT payHistoryChanged();
    return true;
}

bool PlanSession::setAdjustment(const BandAdjustment &adjustment, QString *error)
{
    const EditRecording recording(this, tr("Change pay assumptions"));
    if (adjustment == m_adjustment)
        return true;
    if (!m_repository.setAdjustment(adjustment, error))
        return false;
    m_adjustment = adjustment;
    Q_EMIT adjustmentChanged();
    return true;
}

bool PlanSession::setProfile(const Profile &profile, QString *error)
{
    const EditRecording recording(this, tr("Edit profile"));
    if (!PathRepository(*m_plan).saveProfile(profile, error))
        return false;
    m_profile = profile;
    Q_EMIT profileChanged();
    return true;
}

bool PlanSession::addScenario(const Scenario &scenario, QString *error)
{
    const EditRecording recording(this, tr("Add scenario %1").arg(scenario.name));
    Scenario stored = scenario;
    PathRepository career(*m_plan);
    // Reload: a new primary scenario changes which other one is primary.
    if (!career.insertScenario(stored, m_ladders, error))
        return false;
    if (!m_scenarios.reread(error))
        return false;
    Q_EMIT scenariosChanged();
    return true;
}

bool PlanSession::replaceScenario(int index, const Scenario &scenario, QString *error)
{
    const EditRecording recording(this, tr("Edit scenario %1").arg(scenario.name));
    QList<Scenario> &scenarios = m_scenarios.get();
    if (index < 0 || index >= scenarios.size()) {
        *error = tr("That scenario is no longer in the plan.");
        return false;
    }
    Scenario stored = scenario;
    stored.id = scenarios.at(index).id;
    stored.primary = scenarios.at(index).primary;
    if (!PathRepository(*m_plan).replaceScenario(stored, m_ladders, error))
        return false;
    scenarios[index] = stored;
    Q_EMIT scenariosChanged();
    return true;
}

bool PlanSession::removeScenario(int index, QString *error)
{
    QList<Scenario> &scenarios = m_scenarios.get();
    const EditRecording recording(this, tr("Remove scenario %1").arg(nameAt(scenarios, index, &Scenario::name)));
    if (index < 0 || index >= scenarios.size()) {
        *error = tr("That scenario is no longer in the plan.");
        return false;
    }
    if (!PathRepository(*m_plan).removeScenario(scenarios.at(index).id, error))
        return false;
    scenarios.removeAt(index);
    Q_EMIT scenariosChanged();
    return true;
}

bool PlanSession::updateMilestone(int scenario, int step, int milestone, const Milestone &value, QString *error)
{
    const EditRecording recording(this, tr("Edit milestone %1").arg(value.title));
    QList<Scenario> &scenarios = m_scenarios.get();
    if (scenario < 0 || scenario >= scenarios.size() || step < 0 || step >= scenarios.at(scenario).steps.size()
        || milestone < 0 || milestone >= scenarios.at(scenario).steps.at(step).milestones.size()) {
        *error = tr("That milestone is no longer in the plan.");
        return false;
    }
    Milestone stored = value;
    stored.id = scenarios.at(scenario).steps.at(step).milestones.at(milestone).id;
    if (!PathRepository(*m_plan).updateMilestone(stored, error))
        return false;
    scenarios[scenario].steps[step].milestones[milestone] = stored;
    Q_EMIT milestoneChanged(scenario, step, milestone);
    return true;
}

bool PlanSession::addPromotion(const Promotion &promotion, QString *error)
{
    const EditRecording recording(this, tr("Record promotion to %1").arg(promotion.levelTitle));
    Promotion stored = promotion;
    PathRepository career(*m_plan);
    if (!career.insertPromotion(stored, error) || !career.loadPromotions(&m_promotions, error))
        return false;
    Q_EMIT promotionsChanged();
    return true;
}

bool PlanSession::removePromotion(int index, QString *error)
{
    const EditRecording recording(this, tr("Remove promotion to %1").arg(nameAt(m_promotions, index, &Promotion::levelTitle)));
    if (index < 0 || index >= m_promotions.size()) {
        *error = tr("That promotion is no longer in the plan.");
        return false;
    }
    if (!PathRepository(*m_plan).removePromotion(m_promotions.at(index).id, error))
        return false;
    m_promotions.removeAt(index);
    Q_EMIT promotionsChanged();
    return true;
}

bool PlanSession::setExpectation(const QString &ladder, const QString &level, const QString &skillKey, int proficiency,
                                 QString *error)
{
    const EditRecording recording(this, tr("Set %1 expectation for %2").arg(skillKey, level));
    if (!SkillRepository(*m_plan).setExpectation(ladder, level, skillKey, proficiency, error))
        return false;
    m_skillMatrix.get()[ladder][level][skillKey] = proficiency;
    Q_EMIT skillMatrixChanged();
    return true;
}

bool PlanSession::saveCopyAs(const QString &target, QString *error) const
{
    return PlanSnapshot::copyTo(m_plan->connection(), target, error);
}

bool PlanSession::backupIfDue(const QDate &today, QString *error) const
{
    return PlanSnapshot::backupIfDue(m_plan->connection(), m_plan->path(), today, error);
}

int PlanSession::nextStepIndex() const
{
    return nextStepIndex(scenarios().isEmpty() ? QList<PathStep>() : scenarios().constFirst().steps, m_profile);
}

int PlanSession::nextStepIndex(const QList<PathStep> &path, const Profile &profile)
{
    for (int i = 0; i < path.size(); ++i) {
        const PathStep &step = path.at(i);
        if (step.ladderName == profile.ladderName && step.levelTitle == profile.levelTitle)
            return i + 1 < path.size() ? i + 1 : -1;
    }
    return path.isEmpty() ? -1 : 0;
}

bool PlanSession::saveGoal(const Goal &goal, QString *error)
{
    const EditRecording recording(this, goal.id == 0 ? tr("Add goal") : tr("Edit goal"));
    Goal stored = goal;
    SkillRepository repository(*m_plan);
    // Reload: check-ins come back in date order with their ids.
    if (!repository.saveGoal(stored, m_skills, error) || !m_goals.reread(error))
        return false;
    Q_EMIT goalsChanged();
    return true;
}

bool PlanSession::removeGoal(int index, QString *error)
{
    const EditRecording recording(this, tr("Remove goal"));
    if (index < 0 || index >= goals().size()) {
        *error = tr("That goal is no longer in the plan.");
        return false;
    }
    if (!SkillRepository(*m_plan).removeGoal(m_goals.get().at(index).id, error))
        return false;
    m_goals.get().removeAt(index);
    Q_EMIT goalsChanged();
    return true;
}

bool PlanSession::saveStory(const Story &story, QString *error)
{
    const EditRecording recording(this, story.id == 0 ? tr("Add story %1").arg(story.title) : tr("Edit story %1").arg(story.title));
    Story stored = story;
    SkillRepository repository(*m_plan);
    if (!repository.saveStory(stored, m_skills, error))
        return false;
    if (!m_stories.reread(error))
        return false;
    Q_EMIT storiesChanged();
    return true;
}

bool PlanSession::removeStory(int index, QString *error)
{
    const QList<Story> &all = stories(); // read first, if no page has asked for them yet
    const EditRecording recording(this, tr("Remove story %1").arg(nameAt(all, index, &Story::title)));
    if (index < 0 || index >= all.size()) {
        *error = tr("That story is no longer in the plan.");
        return false;
    }
    if (!SkillRepository(*m_plan).removeStory(all.at(index).id, error))
        return false;
    m_stories.get().removeAt(index);
    Q_EMIT storiesChanged();
    return true;
}

bool PlanSession::removeLadder(int ladderIndex, QString *error)
{
    const EditRecording recording(this, tr("Remove ladder %1").arg(nameAt(m_ladders, ladderIndex, &CareerLadder::name)));
    if (!validLadder(ladderIndex, error))
        return false;
    if (!m_repository.removeLadder(m_ladders.at(ladderIndex).id, error))
        return false;
    Q_EMIT laddersAboutToBeRemoved(ladderIndex);
    m_ladders.removeAt(ladderIndex);
    Q_EMIT laddersRemoved(ladderIndex);
    return reloadMatrix(error);
}

} // namespace careerplanner
