#pragma once

#include "core/bands/SalaryBand.h"
#include "core/plan/PlanGlance.h"
#include "core/skills/SkillReadiness.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace careerplanner {

class PlanSession;

// The figures the dashboard shows, worked out from the open plan on a given day: where
// the user stands, the next promotion on their own path and how ready it is, milestones
// that are late or due soon, and the skills furthest from what the next level expects.
struct DashboardSummary
{
    static constexpr int DueSoonDays = PlanGlance::DueSoonDays;
    static constexpr int MaximumGaps = 3;

    // Within an open-ended band: anywhere at or above its minimum.
    enum class BandPosition { Unknown, Below, Within, Above };

    struct MilestoneItem
    {
        int step = -1; // in the plan's own path
        qint64 milestoneId = 0;
        QString title;
        QString levelTitle; // the promotion it makes the case for
        QDate due;
        int daysFromToday = 0; // negative when overdue
    };

    struct GapItem
    {
        QString skillKey;
        QString skillName;
        int expected = 0;
        int current = 0;
        qint64 goalId = 0; // the active goal in the skill, 0 when there is none
    };

    // Where I am
    QString ladderName;
    QString levelTitle;
    QDate levelStart;
    std::optional<int> monthsAtLevel;
    bool levelOnLadder = true; // false: the level held was removed from its ladder since
    // On the way onto a ladder (applying, or from another role): its first step is the hire.
    bool notOnLadderYet() const { return levelTitle.isEmpty() && !ladderName.isEmpty(); }
    std::optional<qint64> pay; // a year, of the same kind as the band (total without one)
    QString payCurrency;
    QString payBasis; // in words
    // The pay in the band's currency, through the user's rate when the two differ; empty
    // when they differ and there is no rate, which currencyProblem then says.
    std::optional<qint64> payInBandCurrency;
    QString payConversion; // "≈ $54,000 at 0.012 USD per INR, your rate of 1 Nov 2026"
    QString currencyProblem;
    std::optional<SalaryBand> band; // the level's band, with the user's assumptions
    BandPosition position = BandPosition::Unknown;
    std::optional<int> percentThroughBand; // 0 at the minimum, 100 at the top of a closed band

    // The next step
    int nextStep = -1;
    QString nextLevel;
    QDate nextDate;
    SkillReadiness::Result readiness;

    QList<MilestoneItem> overdue; // oldest first
    QList<MilestoneItem> dueSoon; // within DueSoonDays, soonest first
    QList<GapItem> gaps; // largest first, at most MaximumGaps
    int questionsDue = 0; // interview questions due again for practice
    bool practised = false; // any question answered yet

    static DashboardSummary compute(const PlanSession &session, const QDate &today);
    // "2 years 3 months", "5 months", "less than a month"
    static QString durationText(int months);
};

} // namespace careerplanner
