#pragma once

#include "core/base/LazyRead.h"
#include "core/path/Profile.h"
#include "core/path/Promotion.h"
#include "core/path/Scenario.h"
#include "core/undo/FeatureStore.h"

#include <QList>

#include <functional>
#include <optional>

namespace careerplanner {

class LadderStore;
class PathRepository;

// Where the user stands and where they are going: the profile, the scenarios with their
// steps and milestones (the plan's own path first) and the promotions that happened.
// Scenarios are read when first asked for: the pages that show them are made when first
// shown, and their milestones are among a plan's most numerous rows.
class PathStore : public FeatureStore
{
    Q_OBJECT

public:
    // ladders: the levels a scenario's steps must name.
    PathStore(EditRecorder &recorder, const LadderStore &ladders, QObject *parent = nullptr);

    const Profile &profile() const { return m_profile; }
    const QList<Scenario> &scenarios() const { return m_scenarios.get(); }
    const QList<Promotion> &promotions() const { return m_promotions; } // by date
    bool read(QString *error); // the profile and promotions again; scenarios when next asked
    // The earliest day the plan knows the user on the ladder (the start at the level held
    // or the first promotion); null when it knows none.
    QDate ladderStart() const;
    // After read(): every signal once, as everything may have changed.
    void announceReread();

    // The first step of the plan's own path that is a promotion still to come: the path
    // starts at the level held now, so usually the second. -1 when there is none.
    int nextStepIndex() const;
    static int nextStepIndex(const QList<PathStep> &path, const Profile &profile);
    // The step of path at the level held now; -1 when the path does not pass through it.
    static int heldStepIndex(const QList<PathStep> &path, const Profile &profile);
    // Whether step of path is a promotion still to come, the only kind that has a readiness
    // and overdue milestones: the steps up to the level held have happened.
    static bool isStillToCome(const QList<PathStep> &path, const Profile &profile, int step);

    bool setProfile(const Profile &profile, QString *error);
    bool addScenario(const Scenario &scenario, QString *error);
    // description: what the Undo menu calls the edit ("Add milestone “Lead a launch” to
    // Senior Program Manager"); by default "Edit scenario" and its name.
    bool replaceScenario(int index, const Scenario &scenario, QString *error, const QString &description = {});
    bool removeScenario(int index, QString *error);
    bool updateMilestone(int scenario, int step, int milestone, const Milestone &value, QString *error);
    // A promotion that happened, dated today at the latest. The latest one makes its level
    // the one held now, from its date (the profile follows, in the same undo step); one to
    // the level already held is refused.
    bool addPromotion(const Promotion &promotion, QString *error);
    // Edited or removed, a promotion still decides where the user stands: when the profile
    // was set by the latest promotion, it follows whatever is latest afterwards (back to the
    // level below when none is left). Two promotions in a row to one level are refused.
    bool updatePromotion(int index, const Promotion &promotion, QString *error);
    bool removePromotion(int index, QString *error);
    // Where the user would stand with the promotions after instead; nothing: where they do.
    std::optional<Profile> profileAfter(const QList<Promotion> &after) const;

Q_SIGNALS:
    void profileChanged();
    void scenariosChanged();
    void milestoneChanged(int scenario, int step, int milestone);
    void promotionsChanged();

private:
    using PromotionChange = std::function<bool(PathRepository &career, QString *error)>;
    // Writes change and, in the same transaction, the profile that after (the promotions
    // once changed) puts the user at; then reads the promotions back.
    bool changePromotions(const QList<Promotion> &after, const PromotionChange &change, QString *error);
    static QString repeatedLevel(QList<Promotion> promotions);

    const LadderStore &m_ladders;
    Profile m_profile;
    mutable LazyRead<QList<Scenario>> m_scenarios;
    QList<Promotion> m_promotions;
};

} // namespace careerplanner
