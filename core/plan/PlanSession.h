#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/CareerPath.h"
#include "core/ladders/LadderRepository.h"
#include "core/base/LazyRead.h"
#include "core/pay/PayPackage.h"
#include "core/pay/PayRecord.h"
#include "core/path/Profile.h"
#include "core/skills/Skills.h"
#include "core/storage/PlanDatabase.h"
#include "core/dashboard/PlanGlance.h"
#include "core/undo/PlanUndoLog.h"

#include <QObject>

#include <functional>
#include <memory>

namespace careerplanner {

// The open plan as the windows see it: the ladders in memory, kept equal to the file.
// Each edit is written first (in its own transaction) and reaches memory and the views
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
    static std::unique_ptr<PlanSession> open(
        const QString &path, QString *error,
        PlanDatabase::ContentCheck check = PlanDatabase::ContentCheck::BeforeReturning);
    // Takes over a plan that is already open and reads its ladders.
    static std::unique_ptr<PlanSession> load(std::unique_ptr<PlanDatabase> plan, QString *error);
    // Gives the session and its connection to another thread (see PlanSessionLoader);
    // called on the thread that has them, which must not use them afterwards.
    void handOverTo(QThread *thread);
    // Whether the plan passed its check (see open); the reason it is refused if not.
    bool verified(QString *error) { return m_plan->verified(error); }

    QString path() const { return m_plan->path(); }
    // What opening found and did about a journal beside the plan; empty if nothing.
    QString recoveryNotice() const { return m_plan->recoveryNotice(); }
    // A consistent snapshot of the plan at target (0600), replacing what is there.
    bool saveCopyAs(const QString &target, QString *error) const;
    // Keeps the day's backup beside the plan, unless one was made today.
    bool backupIfDue(const QDate &today, QString *error) const;
    QString planName() const { return m_name; }
    const QList<CareerLadder> &ladders() const { return m_ladders; }
    const QList<PayPackage> &payPackages() const { return m_payPackages; }
    const QList<PayRecord> &payHistory() const { return m_payHistory; } // in year order
    const BandAdjustment &adjustment() const { return m_adjustment; }
    bool setAdjustment(const BandAdjustment &adjustment, QString *error);

    const Profile &profile() const { return m_profile; }
    bool setProfile(const Profile &profile, QString *error);
    // The plan's own path first; read when first asked for (the pages that show them are
    // made when first shown), as their milestones are among a plan's most numerous rows.
    const QList<Scenario> &scenarios() const;
    bool addScenario(const Scenario &scenario, QString *error);
    bool replaceScenario(int index, const Scenario &scenario, QString *error);
    bool removeScenario(int index, QString *error);
    bool updateMilestone(int scenario, int step, int milestone, const Milestone &value, QString *error);
    const QList<Promotion> &promotions() const { return m_promotions; } // by date
    // The first step of the plan's own path that is a promotion still to come: the path
    // starts at the level held now, so usually the second. -1 when there is none.
    int nextStepIndex() const;
    static int nextStepIndex(const QList<PathStep> &path, const Profile &profile);
    // What the milestones, goals and check-ins add up to for the dashboard, open milestones
    // due by dueBy: asked of the file, not read whole. The answer is kept until the plan
    // changes or another day is asked for.
    const PlanGlance &glance(const QDate &dueBy) const;

    const QList<Skill> &skills() const { return m_skills; } // skills, then Leadership Principles
    // Read when first asked for, by the pages that show or use it (the dashboard has the
    // next level's expectations from its glance).
    const SkillMatrix &skillMatrix() const { return m_skillMatrix.get(); }
    bool setExpectation(const QString &ladder, const QString &level, const QString &skillKey, int proficiency,
                        QString *error);
    // Every goal with its whole check-in history, read when first asked for: the pages
    // that show goals are made when first shown, and a large plan's histories are most of
    // what it holds.
    const QList<Goal> &goals() const;
    bool saveGoal(const Goal &goal, QString *error); // new when id is 0
    bool removeGoal(int index, QString *error);
    // Newest first; read when first asked for, as the pages that show them are made.
    const QList<Story> &stories() const;
    bool saveStory(const Story &story, QString *error);
    bool removeStory(int index, QString *error);
    bool addPromotion(const Promotion &promotion, QString *error);
    bool removePromotion(int index, QString *error);
    PlanDatabase &database() { return *m_plan; }

    // Undoes (or redoes) one recorded edit, then reads the plan again; *inverse is the
    // range that reverses what was just done.
    bool replayEdit(const PlanUndoLog::Range &range, PlanUndoLog::Range *inverse, QString *error);
    // Several writes (an import) as one edit in one transaction: all of them or none. The
    // plan is read again afterwards, as after an undo.
    bool applyBatch(const QString &description, const std::function<bool(PlanDatabase &, QString *)> &writes,
                    QString *error);

    bool updateLevel(int ladderIndex, int levelIndex, const CareerLevel &level, QString *error);
    bool insertLevel(int ladderIndex, int position, const CareerLevel &level, QString *error);
    bool removeLevel(int ladderIndex, int levelIndex, QString *error);
    bool addLadder(const CareerLadder &ladder, QString *error);
    bool addPackage(const PayPackage &package, QString *error);
    bool updatePackage(int index, const PayPackage &package, QString *error);
    bool removePackage(int index, QString *error);
    bool saveRecord(const PayRecord &record, QString *error); // adds or replaces its year
    bool removeRecord(int index, QString *error);
    bool removeLadder(int ladderIndex, QString *error);

Q_SIGNALS:
    // An edit reached the file: its description and its range in the undo log.
    void editRecorded(const QString &description, qint64 first, qint64 last);
    // Around an undo or redo, which may change anything: views reset, then the
    // per-kind change signals follow.
    void planAboutToBeReloaded();
    void planReloaded();
    void levelsAboutToBeInserted(int ladderIndex, int position);
    void levelsInserted(int ladderIndex, int position);
    void levelsAboutToBeRemoved(int ladderIndex, int position);
    void levelsRemoved(int ladderIndex, int position);
    void levelChanged(int ladderIndex, int levelIndex);
    void laddersAboutToBeInserted(int position);
    void laddersInserted(int position);
    void laddersAboutToBeRemoved(int position);
    void laddersRemoved(int position);
    // Pay data changes less often and its views are small: one signal each, views reset.
    void payPackagesChanged();
    void payHistoryChanged();
    void adjustmentChanged();
    void profileChanged();
    void scenariosChanged();
    void milestoneChanged(int scenario, int step, int milestone);
    void promotionsChanged();
    void skillMatrixChanged();
    void goalsChanged();
    void storiesChanged();

private:
    friend class EditRecording;

    bool readAll(QString *error);
    bool readAtOpening(QString *error); // readAll and the dashboard's first glance
    bool reloadEverything(QString *error);
    bool validLadder(int ladderIndex, QString *error) const;
    bool reloadMatrix(QString *error);

    std::unique_ptr<PlanDatabase> m_plan;
    LadderRepository m_repository;
    QString m_name;
    QList<CareerLadder> m_ladders;
    QList<PayPackage> m_payPackages;
    QList<PayRecord> m_payHistory;
    BandAdjustment m_adjustment;
    Profile m_profile;
    mutable LazyRead<QList<Scenario>> m_scenarios;
    QList<Promotion> m_promotions;
    QList<Skill> m_skills;
    mutable LazyRead<SkillMatrix> m_skillMatrix;
    mutable LazyRead<QList<Goal>> m_goals; // with their whole histories
    mutable PlanGlance m_glance;
    mutable QDate m_glanceDueBy; // what m_glance was asked for
    mutable qint64 m_glanceChanges = -1; // and the file's change count when it was
    mutable LazyRead<QList<Story>> m_stories;
    int m_editDepth = 0; // edits under way, for EditRecording
    bool m_undoLogReady = false; // its triggers are made at the first edit
};

} // namespace careerplanner
