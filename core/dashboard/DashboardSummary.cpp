#include "core/dashboard/DashboardSummary.h"

#include "core/base/DateText.h"
#include "core/base/Money.h"
#include "core/interviews/PracticeSchedule.h"
#include "core/path/PathValidator.h"
#include "core/pay/PayProjection.h"
#include "core/plan/PlanGlance.h"
#include "core/plan/PlanSession.h"

#include <QCoreApplication>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("DashboardSummary", text, disambiguation);
}

// Pay of the same kind as the band it is set against: total pay against a total-compensation
// band, base salary against a base band.
void fillPay(DashboardSummary &summary, const PlanSession &session, SalaryBand::Kind kind, QString *currency)
{
    const bool total = kind == SalaryBand::Kind::TotalCompensation;
    for (const PayPackage &package : session.payStore().payPackages()) {
        if (package.kind != PayPackage::Kind::CurrentJob)
            continue;
        summary.pay = total ? PayProjection::project(package, 1).constFirst().total() : package.baseSalary;
        summary.payBasis = total ? tr("your current job package, first year") : tr("your current base salary");
        *currency = package.currency;
        return;
    }
    if (!session.payStore().payHistory().isEmpty()) {
        const PayRecord &last = session.payStore().payHistory().constLast();
        summary.pay = total ? last.total() : last.base;
        summary.payBasis
            = total ? tr("what you were paid in %1").arg(last.year) : tr("your base salary in %1").arg(last.year);
        *currency = last.currency;
    }
}

void placeInBand(DashboardSummary &summary, const QString &payCurrency, const CurrencyConverter &converter)
{
    if (!summary.pay || !summary.band)
        return;
    const SalaryBand &band = *summary.band;
    // Set against the band only in one currency: the user's rate, or nothing.
    summary.payInBandCurrency = converter.convert(*summary.pay, payCurrency, band.currency);
    if (!summary.payInBandCurrency) {
        summary.currencyProblem
            = CurrencyConverter::missingRateText(tr("Pay"), payCurrency, tr("the band"), band.currency);
        return;
    }
    if (payCurrency != band.currency)
        summary.payConversion = tr("≈ %1 at %2")
                                    .arg(Money::format(*summary.payInBandCurrency, band.currency),
                                         converter.rateText(payCurrency, band.currency));
    const qint64 pay = *summary.payInBandCurrency;
    if (pay < band.minimum) {
        summary.position = DashboardSummary::BandPosition::Below;
    } else if (!band.maximum || (band.openEnded && pay > *band.maximum)) {
        summary.position = DashboardSummary::BandPosition::Within;
    } else if (pay > *band.maximum) {
        summary.position = DashboardSummary::BandPosition::Above;
    } else {
        summary.position = DashboardSummary::BandPosition::Within;
        const qint64 width = *band.maximum - band.minimum;
        summary.percentThroughBand = width > 0 ? int((pay - band.minimum) * 100 / width) : 100;
    }
}

void whereIAm(DashboardSummary &summary, const PlanSession &session, const QDate &today)
{
    const Profile &profile = session.pathStore().profile();
    summary.ladderName = profile.ladderName;
    summary.levelTitle = profile.levelTitle;
    summary.levelStart = profile.levelStart;
    if (profile.levelStart.isValid() && profile.levelStart <= today) {
        int months = (today.year() - profile.levelStart.year()) * 12 + today.month() - profile.levelStart.month();
        if (today.day() < profile.levelStart.day())
            --months;
        summary.monthsAtLevel = std::max(0, months);
    }
    const CareerLevel *level
        = PathValidator::findLevel(session.ladderStore().ladders(), profile.ladderName, profile.levelTitle);
    summary.levelOnLadder = level || profile.levelTitle.isEmpty();
    for (SalaryBand::Kind kind : { SalaryBand::Kind::TotalCompensation, SalaryBand::Kind::Base }) {
        if (const auto band = level ? level->band(kind) : std::nullopt) {
            summary.band = session.payStore().adjustment().apply(*band);
            fillPay(summary, session, kind, &summary.payCurrency);
            placeInBand(summary, summary.payCurrency, session.payStore().converter());
            return;
        }
    }
    // No band to set it against: the pay is still the pay.
    fillPay(summary, session, SalaryBand::Kind::TotalCompensation, &summary.payCurrency);
}

void openMilestones(DashboardSummary &summary, const PlanGlance &glance, const QDate &today)
{
    for (const PlanGlance::DueMilestone &milestone : glance.due) { // by due date
        const int days = int(today.daysTo(milestone.due));
        const DashboardSummary::MilestoneItem item { milestone.step,  milestone.id,
                                                     milestone.title, glance.path.at(milestone.step).levelTitle,
                                                     milestone.due,   days };
        (days < 0 ? summary.overdue : summary.dueSoon).append(item);
    }
}

void largestGaps(DashboardSummary &summary, const PlanSession &session, const PlanGlance &glance,
                 const QList<SkillReadiness::Gap> &all)
{
    for (const SkillReadiness::Gap &gap : all) {
        if (gap.gap() == 0 || summary.gaps.size() == DashboardSummary::MaximumGaps)
            break;
        DashboardSummary::GapItem item { gap.skillKey, gap.skillKey, gap.expected, gap.current,
                                         glance.goalToOpen.value(gap.skillKey) };
        for (const Skill &skill : session.skillStore().skills()) {
            if (skill.key == gap.skillKey)
                item.skillName = skill.name;
        }
        summary.gaps.append(item);
    }
}

} // namespace

DashboardSummary DashboardSummary::compute(const PlanSession &session, const QDate &today)
{
    DashboardSummary summary;
    whereIAm(summary, session, today);
    // From the attempts alone: the question bank is not read before the first paint.
    const auto &schedule = session.interviewStore().schedule();
    summary.questionsDue = PracticeSchedule::dueCount(schedule, today);
    summary.practised = std::any_of(schedule.cbegin(), schedule.cend(),
                                    [](const PracticeSchedule::State &state) { return state.practised(); });
    const PlanGlance &glance = session.glance(today.addDays(DueSoonDays));
    openMilestones(summary, glance, today);
    summary.nextStep = PathStore::nextStepIndex(glance.path, session.pathStore().profile());
    if (summary.nextStep < 0)
        return summary;
    const PathStep &next = glance.path.at(summary.nextStep);
    summary.nextLevel = next.levelTitle;
    summary.nextDate = next.targetDate;
    const auto gaps = SkillReadiness::gaps(glance.expectations, next.ladderName, next.levelTitle,
                                           session.skillStore().skills(), glance.current);
    summary.readiness = SkillReadiness::combine(glance.tallies.at(summary.nextStep).share(), gaps);
    largestGaps(summary, session, glance, gaps);
    return summary;
}

QString DashboardSummary::durationText(int months)
{
    if (months <= 0)
        return tr("less than a month");
    const int years = months / 12;
    const int rest = months % 12;
    // Spelled out rather than "%n month(s)": no translation with plural forms is loaded.
    const QString yearText = years == 1 ? tr("1 year") : tr("%1 years").arg(years);
    const QString monthText = DateText::monthCount(rest);
    if (years == 0)
        return monthText;
    if (rest == 0)
        return yearText;
    return tr("%1 %2", "years, then months").arg(yearText, monthText);
}

} // namespace careerplanner
