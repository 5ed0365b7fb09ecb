#pragma once

#include "core/applications/ApplicationStore.h"
#include "core/conversations/ConversationStore.h"
#include "core/promotion/PromotionCaseStore.h"
#include "core/interviews/InterviewStore.h"
#include "core/ladders/LadderStore.h"
#include "core/market/MarketStore.h"
#include "core/path/PathStore.h"
#include "core/pay/PayStore.h"
#include "core/plan/PlanGlance.h"
#include "core/plan/PlanParts.h"
#include "core/skills/SkillStore.h"
#include "core/stories/StoryStore.h"
#include "core/storage/PlanDatabase.h"
#include "core/undo/EditRecorder.h"
#include "core/undo/PlanUndoLog.h"

#include <QObject>

#include <functional>
#include <memory>

namespace careerplanner {

// The open plan as the windows see it: the database, one store per feature (each owning
// its records, their reads and edits, and its own change signals) and the undo replay.
// Each edit is written first, in its own transaction, and reaches memory and the views
// only once it is in the file, so what is shown is always what is saved.
class PlanSession : public QObject
{
    Q_OBJECT

public:
    explicit PlanSession(std::unique_ptr<PlanDatabase> plan, QObject *parent = nullptr);
    ~PlanSession() override;

    // With ContentCheck::Deferred the file's whole-content check runs on another thread,
    // beside the read and whatever the caller does next; verified() must then pass before
    // the session is shown or edited.
    static std::unique_ptr<PlanSession> open(const QString &path, QString *error,
                                             PlanDatabase::ContentCheck check
                                             = PlanDatabase::ContentCheck::BeforeReturning);
    // Takes over a plan that is already open and reads it.
    static std::unique_ptr<PlanSession> load(std::unique_ptr<PlanDatabase> plan, QString *error);
    // Gives the session and its connection to another thread (see PlanSessionLoader);
    // called on the thread that has them, which must not use them afterwards.
    void handOverTo(QThread *thread);
    // Whether the plan passed its check (see open); the reason it is refused if not.
    bool verified(QString *error) { return m_plan->verified(error); }
    // See PlanDatabase::settled: with ContentCheck::ReportsLast, the market reports' rules.
    bool settled(QString *error) { return m_plan->settled(error); }
    bool settling() const { return m_plan->settling(); }
    void startWholeCheck() { m_plan->startWholeCheck(); }

    QString path() const { return m_plan->path(); }
    // What opening found and did about a journal beside the plan; empty if nothing.
    QString recoveryNotice() const { return m_plan->recoveryNotice(); }
    // A consistent snapshot of the plan at target (0600), replacing what is there.
    bool saveCopyAs(const QString &target, QString *error) const;
    // Keeps the day's backup beside the plan, unless one was made today.
    bool backupIfDue(const QDate &today, QString *error) const;
    QString planName() const { return m_name; }
    PlanDatabase &database() { return *m_plan; }

    LadderStore &ladderStore() { return m_ladders; }
    const LadderStore &ladderStore() const { return m_ladders; }
    PayStore &payStore() { return m_pay; }
    const PayStore &payStore() const { return m_pay; }
    PathStore &pathStore() { return m_path; }
    const PathStore &pathStore() const { return m_path; }
    SkillStore &skillStore() { return m_skills; }
    const SkillStore &skillStore() const { return m_skills; }
    StoryStore &storyStore() { return m_stories; }
    const StoryStore &storyStore() const { return m_stories; }
    MarketStore &marketStore() { return m_market; }
    const MarketStore &marketStore() const { return m_market; }
    InterviewStore &interviewStore() { return m_interviews; }
    const InterviewStore &interviewStore() const { return m_interviews; }
    ApplicationStore &applicationStore() { return m_applications; }
    const ApplicationStore &applicationStore() const { return m_applications; }
    ConversationStore &conversationStore() { return m_conversations; }
    const ConversationStore &conversationStore() const { return m_conversations; }
    PromotionCaseStore &promotionCaseStore() { return m_promotionCase; }
    const PromotionCaseStore &promotionCaseStore() const { return m_promotionCase; }

    // What the milestones, goals and check-ins add up to for the dashboard, open milestones
    // due by dueBy: asked of the file, not read whole. The answer is kept until the plan
    // changes or another day is asked for.
    const PlanGlance &glance(const QDate &dueBy) const;

    // Undoes (or redoes) one recorded edit, then reads the plan again; *inverse is the
    // range that reverses what was just done.
    bool replayEdit(const PlanUndoLog::Range &range, PlanUndoLog::Range *inverse, QString *error);
    // Several writes (an import) as one edit in one transaction: all of them or none. The
    // plan is read again afterwards, as after an undo.
    bool applyBatch(const QString &description, const std::function<bool(PlanDatabase &, QString *)> &writes,
                    QString *error);

Q_SIGNALS:
    // An edit reached the file: its description and its range in the undo log.
    void editRecorded(const QString &description, qint64 first, qint64 last);
    // Around an undo, a redo or an import, which may change anything: the ladder views
    // reset between the two, and the stores' own signals come before planReloaded.
    void planAboutToBeReloaded();
    void planReloaded();
    // Once per edit, undo, redo or import, after the stores' own signals: what changed.
    // Pages rebuild on this, so a page that shows several parts rebuilds once.
    void planChanged(PlanParts parts);

private:
    bool readAll(QString *error);
    bool readAtOpening(QString *error); // readAll and the dashboard's first glance
    bool reloadEverything(QString *error);
    void connectStores();
    void noteChange(PlanPart part);
    void announceChanges();

    std::unique_ptr<PlanDatabase> m_plan;
    EditRecorder m_recorder;
    LadderStore m_ladders;
    PayStore m_pay;
    PathStore m_path;
    SkillStore m_skills;
    StoryStore m_stories;
    MarketStore m_market;
    InterviewStore m_interviews;
    ApplicationStore m_applications;
    ConversationStore m_conversations;
    PromotionCaseStore m_promotionCase;
    QString m_name;
    PlanParts m_changed; // by the edit under way, announced when it ends
    mutable PlanGlance m_glance;
    mutable QDate m_glanceDueBy; // what m_glance was asked for
    mutable qint64 m_glanceChanges = -1; // and the file's change count when it was
};

} // namespace careerplanner
