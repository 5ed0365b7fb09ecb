#include "DashboardSummary.h"

#include "PathValidator.h"
#include "PayProjection.h"
#include "PlanSession.h"

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
    for (const PayPackage &package : session.payPackages()) {
        if (package.kind != PayPackage::Kind::CurrentJob)
            continue;
        summary.pay = total ? PayProjection::project(package, 1).constFirst().total() : package.baseSalary;
        summary.payBasis = total ? tr("your current job package, first year") : tr("your current base salary");
        *currency = package.currency;
        return;
    }
    if (!session.payHistory().isEmpty()) {
        const PayRecord &last = session.payHistory().constLast();
        summary.pay = total ? last.total() : last.base;
        summary.payBasis = total ? tr("what you were paid in %1").arg(last.year)
                                 : tr("your base salary in %1").arg(last.year);
        *currency = last.currency;
    }
}

void placeInBand(DashboardSummary &summary, const QString &payCurrency)
{
    if (!summary.pay || !summary.band || summary.band->currency != payCurrency)
        return;
    const SalaryBand &band = *summary.band;
    const qint64 pay = *summary.pay;
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
    const Profile &profile = session.profile();
    summary.ladderName = profile.ladderName;
    summary.levelTitle = profile.levelTitle;
    summary.levelStart = profile.levelStart;
    if (profile.levelStart.isValid() && profile.levelStart <= today) {
        int months = (today.year() - profile.levelStart.year()) * 12 + today.month() - profile.levelStart.month();
        if (today.day() < profile.levelStart.day())
            --months;
        summary.monthsAtLevel = std::max(0, months);
    }
    const CareerLevel *level = PathValidator::findLevel(session.ladders(), profile.ladderName, profile.levelTitle);
    if (!level)
        return;
    for (SalaryBand::Kind kind : {SalaryBand::Kind::TotalCompensation, SalaryBand::Kind::Base}) {
        if (const auto band = level->band(kind)) {
            summary.band = session.adjustment().apply(*band);
            QString currency;
            fillPay(summary, session, kind, &currency);
            placeInBand(summary, currency);
            return;
        }
    }
}

void openMilestones(DashboardSummary &summary, const Scenario &path, const QDate &today)
{
    for (int s = 0; s < path.steps.size(); ++s) {
        const PathStep &step = path.steps.at(s);
        for (int m = 0; m < step.milestones.size(); ++m) {
            const Milestone &milestone = step.milestones.at(m);
            const bool open = milestone.status == Milestone::Status::Planned
                || milestone.status == Milestone::Status::InProgress;
            if (!open || !milestone.dueDate.isValid())
                continue;
            const int days = int(today.daysTo(milestone.dueDate));
            const DashboardSummary::MilestoneItem item{s, m, milestone.title, step.levelTitle, milestone.dueDate, days};
            if (days < 0)
                summary.overdue.append(item);
            else if (days <= DashboardSummary::DueSoonDays)
                summary.dueSoon.append(item);
        }
    }
    const auto byDue = [](const DashboardSummary::MilestoneItem &a, const DashboardSummary::MilestoneItem &b) {
        return a.due < b.due;
    };
    std::stable_sort(summary.overdue.begin(), summary.overdue.end(), byDue);
    std::stable_sort(summary.dueSoon.begin(), summary.dueSoon.end(), byDue);
}

void largestGaps(DashboardSummary &summary, const PlanSession &session, const PathStep &step)
{
    const auto all = SkillReadiness::gaps(session.skillMatrix(), step.ladderName, step.levelTitle, session.skills(),
                                          session.goalsAtAGlance());
    for (const SkillReadiness::Gap &gap : all) {
        if (gap.gap() == 0 || summary.gaps.size() == DashboardSummary::MaximumGaps)
            break;
        DashboardSummary::GapItem item{gap.skillKey, gap.skillKey, gap.expected, gap.current, 0};
        for (const Skill &skill : session.skills()) {
            if (skill.key == gap.skillKey)
                item.skillName = skill.name;
        }
        for (const Goal &goal : session.goalsAtAGlance()) {
            if (goal.skillKey == gap.skillKey && (item.goalId == 0 || goal.status == Goal::Status::Active))
                item.goalId = goal.id;
        }
        summary.gaps.append(item);
    }
}

} // namespace

DashboardSummary DashboardSummary::compute(const PlanSession &session, const QDate &today)
{
    DashboardSummary summary;
    whereIAm(summary, session, today);
    if (session.scenarios().isEmpty())
        return summary;
    const Scenario &path = session.scenarios().constFirst();
    openMilestones(summary, path, today);
    summary.nextStep = session.nextStepIndex();
    if (summary.nextStep < 0)
        return summary;
    const PathStep &next = path.steps.at(summary.nextStep);
    summary.nextLevel = next.levelTitle;
    summary.nextDate = next.targetDate;
    summary.readiness = SkillReadiness::forStep(next, session.skillMatrix(), session.skills(), session.goalsAtAGlance());
    largestGaps(summary, session, next);
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
    const QString monthText = rest == 1 ? tr("1 month") : tr("%1 months").arg(rest);
    if (years == 0)
        return monthText;
    if (rest == 0)
        return yearText;
    return tr("%1 %2", "years, then months").arg(yearText, monthText);
}

} // namespace careerplanner
