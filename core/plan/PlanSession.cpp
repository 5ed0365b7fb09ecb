#include "core/plan/PlanSession.h"

#include "core/plan/PlanRules.h"
#include "core/base/OwnThread.h"
#include "core/ladders/LadderRepository.h"
#include "core/storage/PlanSnapshot.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"
#include "core/undo/EditRecording.h"

#include <QSqlQuery>

#include <optional>

namespace careerplanner {

PlanSession::PlanSession(std::unique_ptr<PlanDatabase> plan, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_recorder(*m_plan, this)
    , m_ladders(m_recorder, this)
    , m_pay(m_recorder, this)
    , m_path(m_recorder, m_ladders, this)
    , m_skills(m_recorder, this)
    , m_stories(m_recorder, m_skills, this)
    , m_market(m_recorder, m_ladders, this)
    , m_interviews(m_recorder, m_skills, m_stories, this)
    , m_applications(m_recorder, m_ladders, m_skills, m_interviews, this)
    , m_conversations(m_recorder, m_path, m_skills, this)
    , m_promotionCase(m_recorder, m_ladders, m_path, m_skills, m_stories, m_conversations, this)
{
    connectStores();
}

PlanSession::~PlanSession() = default;

void PlanSession::connectStores()
{
    // First of all listeners: the matrix is keyed by ladder and level names, so it is read
    // again before any view of it hears that the levels changed.
    for (auto signal : { &LadderStore::levelChanged, &LadderStore::levelsRemoved })
        connect(&m_ladders, signal, &m_skills, &SkillStore::levelsChanged);
    connect(&m_ladders, &LadderStore::laddersRemoved, &m_skills, &SkillStore::levelsChanged);
    const auto note = [this](auto *store, auto signal, PlanPart part) {
        connect(store, signal, this, [this, part] { noteChange(part); });
    };
    for (auto signal : { &LadderStore::levelsInserted, &LadderStore::levelsRemoved, &LadderStore::levelChanged })
        note(&m_ladders, signal, PlanPart::Ladders);
    for (auto signal : { &LadderStore::laddersInserted, &LadderStore::laddersRemoved })
        note(&m_ladders, signal, PlanPart::Ladders);
    note(&m_pay, &PayStore::payPackagesChanged, PlanPart::PayPackages);
    note(&m_pay, &PayStore::payHistoryChanged, PlanPart::PayHistory);
    note(&m_pay, &PayStore::adjustmentChanged, PlanPart::Adjustment);
    note(&m_pay, &PayStore::currenciesChanged, PlanPart::Currencies);
    note(&m_path, &PathStore::profileChanged, PlanPart::Profile);
    note(&m_path, &PathStore::scenariosChanged, PlanPart::Scenarios);
    note(&m_path, &PathStore::milestoneChanged, PlanPart::Milestones);
    note(&m_path, &PathStore::promotionsChanged, PlanPart::Promotions);
    note(&m_skills, &SkillStore::skillMatrixChanged, PlanPart::Expectations);
    note(&m_skills, &SkillStore::goalsChanged, PlanPart::Goals);
    note(&m_stories, &StoryStore::storiesChanged, PlanPart::Stories);
    // Reports are matched to levels by the levels' titles and codes.
    const auto rematch = [this] {
        m_market.laddersChanged();
        noteChange(PlanPart::Market);
    };
    for (auto signal : { &LadderStore::levelChanged, &LadderStore::levelsInserted, &LadderStore::levelsRemoved })
        connect(&m_ladders, signal, &m_market, rematch);
    for (auto signal : { &LadderStore::laddersInserted, &LadderStore::laddersRemoved })
        connect(&m_ladders, signal, &m_market, rematch);
    note(&m_market, &MarketStore::marketChanged, PlanPart::Market);
    for (auto signal :
         { &InterviewStore::questionsChanged, &InterviewStore::attemptsChanged, &InterviewStore::draftsChanged })
        note(&m_interviews, signal, PlanPart::Interviews);
    // Removing a story leaves the attempts that told it without one.
    connect(&m_stories, &StoryStore::storiesChanged, &m_interviews, &InterviewStore::storiesEdited);
    for (auto signal : { &ApplicationStore::applicationsChanged, &ApplicationStore::stagesChanged })
        note(&m_applications, signal, PlanPart::Applications);
    // A question asked in an interview joins the practice schedule; one removed from the
    // bank leaves the stages that asked it.
    m_interviews.setAskedInInterviews([this] { return m_applications.askedQuestions(); });
    connect(&m_applications, &ApplicationStore::stagesChanged, &m_interviews, &InterviewStore::interviewsEdited);
    connect(&m_interviews, &InterviewStore::questionsChanged, &m_applications, &ApplicationStore::questionsEdited);
    note(&m_conversations, &ConversationStore::conversationsChanged, PlanPart::Conversations);
    note(&m_conversations, &ConversationStore::feedbackChanged, PlanPart::Conversations);
    note(&m_promotionCase, &PromotionCaseStore::choicesChanged, PlanPart::PromotionCase);
    // A milestone or goal removed leaves the agreed actions made into it unmade.
    connect(&m_path, &PathStore::scenariosChanged, &m_conversations, &ConversationStore::pathOrGoalsEdited);
    connect(&m_skills, &SkillStore::goalsChanged, &m_conversations, &ConversationStore::pathOrGoalsEdited);
    connect(&m_recorder, &EditRecorder::editEnded, this, &PlanSession::announceChanges);
    connect(&m_recorder, &EditRecorder::editRecorded, this, &PlanSession::editRecorded);
}

void PlanSession::noteChange(PlanPart part)
{
    // Every store changes inside an edit or a reload, and each announces once at its end.
    m_changed |= part;
}

void PlanSession::announceChanges()
{
    const PlanParts changed = std::exchange(m_changed, {});
    if (changed)
        Q_EMIT planChanged(changed);
}

std::unique_ptr<PlanSession> PlanSession::open(const QString &path, QString *error, PlanDatabase::ContentCheck check)
{
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanRules::upkeep(), error, check);
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
    m_name = LadderRepository(*m_plan).planInfo(QStringLiteral("name"));
    m_stories.forget();
    m_market.forget();
    m_interviews.forget();
    m_applications.forget();
    m_conversations.forget();
    m_promotionCase.forget();
    m_glanceChanges = -1; // asked for again when next wanted
    return m_ladders.read(error) && m_pay.read(error) && m_path.read(error) && m_skills.read(error);
}

bool PlanSession::readAtOpening(QString *error)
{
    // The dashboard's first glance is asked on a second connection, beside the rest of the
    // read (on a large plan each is about half of it). Both happen inside one read
    // transaction of this connection: while it holds its shared lock no writer can commit,
    // so the two see the same file. Without it, or if the second reader fails, the glance
    // is asked here afterwards.
    const QDate dueBy = QDate::currentDate().addDays(PlanGlance::DueSoonDays);
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

bool PlanSession::replayEdit(const PlanUndoLog::Range &range, PlanUndoLog::Range *inverse, QString *error)
{
    return PlanUndoLog::replay(m_plan->connection(), range, inverse, error) && reloadEverything(error);
}

bool PlanSession::applyBatch(const QString &description, const std::function<bool(PlanDatabase &, QString *)> &writes,
                             QString *error)
{
    const EditRecording recording(m_recorder, description);
    return runInTransaction(m_plan->connection(), error, [&] { return writes(*m_plan, error); })
           && reloadEverything(error);
}

bool PlanSession::reloadEverything(QString *error)
{
    // Any table may have changed: everything is read again, each store's views are told
    // so, and the pages hear it once, with every part named.
    Q_EMIT planAboutToBeReloaded();
    const bool read = readAll(error);
    Q_EMIT planReloaded();
    m_pay.announceReread();
    m_path.announceReread();
    m_skills.announceReread();
    m_stories.announceReread();
    m_market.announceReread();
    m_interviews.announceReread();
    m_applications.announceReread();
    m_conversations.announceReread();
    m_promotionCase.announceReread();
    m_changed = AllPlanParts;
    if (!m_recorder.isEditing())
        announceChanges(); // an import announces when its edit ends
    return read;
}

bool PlanSession::saveCopyAs(const QString &target, QString *error) const
{
    return PlanSnapshot::copyTo(m_plan->connection(), target, error);
}

bool PlanSession::backupIfDue(const QDate &today, QString *error) const
{
    return PlanSnapshot::backupIfDue(m_plan->connection(), m_plan->path(), today, error);
}

} // namespace careerplanner
