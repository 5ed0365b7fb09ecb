#include "core/plan/PlanSetup.h"

#include "core/base/Money.h"
#include "core/path/PathPlanner.h"
#include "core/path/PathRepository.h"
#include "core/pay/PayRepository.h"
#include "core/plan/PlanSession.h"

#include <QCoreApplication>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanSetup", text);
}

const CareerLadder *findLadder(const QList<CareerLadder> &ladders, const QString &name)
{
    for (const CareerLadder &ladder : ladders) {
        if (ladder.name == name)
            return &ladder;
    }
    return nullptr;
}

int levelIndex(const CareerLadder &ladder, const QString &title)
{
    for (int i = 0; i < ladder.levels.size(); ++i) {
        if (ladder.levels.at(i).title == title)
            return i;
    }
    return -1;
}

} // namespace

QString PlanSetup::payProblem(const std::optional<qint64> &base, const std::optional<qint64> &total)
{
    if (total && !base)
        return tr("give the base salary too: total compensation includes it");
    if (total && *total < *base)
        return tr("total compensation is less than the base salary it includes");
    return QString();
}

QString PlanSetup::problem(const Answers &answers, const QList<CareerLadder> &ladders, const QDate &today)
{
    const CareerLadder *ladder = findLadder(ladders, answers.ladderName);
    if (!ladder) {
        QStringList names;
        for (const CareerLadder &l : ladders)
            names.append(l.name);
        return tr("no ladder is called “%1” (the plan has %2)")
            .arg(answers.ladderName, names.join(QStringLiteral(", ")));
    }
    const int held = levelIndex(*ladder, answers.levelTitle);
    if (held < 0)
        return tr("“%1” is not a level of %2").arg(answers.levelTitle, ladder->name);
    if (!answers.since.isValid())
        return answers.onLadder ? tr("give the date you reached the level you hold (YYYY-MM-DD)")
                                : tr("give the date you hope to be hired by (YYYY-MM-DD)");
    if (!answers.onLadder && answers.since < today)
        return tr("you hope to be hired by %1, before today: give a date still to come")
            .arg(answers.since.toString(Qt::ISODate));
    if (answers.onLadder && answers.since > today)
        return tr("you reached the level you hold on %1, after today: give a date that has come")
            .arg(answers.since.toString(Qt::ISODate));
    if (!answers.targetTitle.isEmpty()) {
        const int target = levelIndex(*ladder, answers.targetTitle);
        if (target < 0)
            return tr("the target “%1” is not a level of %2").arg(answers.targetTitle, ladder->name);
        if (target < held || (target == held && answers.onLadder))
            return tr("the target “%1” is not above “%2”, the level you hold")
                .arg(answers.targetTitle, answers.levelTitle);
    }
    if (const QString pay = payProblem(answers.base, answers.total); !pay.isEmpty())
        return pay;
    if (!Money::isCurrencyCode(answers.currency))
        return tr("a currency is a three-letter code such as USD");
    return QString();
}

void PlanSetup::apply(const Answers &answers, PlanContent *content, const QDate &today)
{
    const CareerLadder &ladder = *findLadder(content->ladders, answers.ladderName);
    const int held = levelIndex(ladder, answers.levelTitle);
    const int target
        = answers.targetTitle.isEmpty() ? PathPlanner::defaultTarget(ladder) : levelIndex(ladder, answers.targetTitle);
    content->profile.ladderName = ladder.name;
    content->profile.levelTitle = answers.onLadder ? answers.levelTitle : QString();
    content->profile.levelStart = answers.onLadder ? answers.since : QDate();
    content->profile.location = answers.location;
    Scenario path = PathPlanner::buildPath(ladder, held, answers.since, std::max(target, held), answers.branch, today);
    if (!answers.onLadder) // the first step is being hired: its milestones are the hiring process's stages
        path.steps.first().milestones = PathPlanner::hiringMilestones(ladder, held, today, answers.since);
    content->scenarios = { path };
    if (!answers.base)
        return;
    // What total compensation adds to the base is kept as bonus until the user splits it.
    const qint64 rest = answers.total ? *answers.total - *answers.base : 0;
    PayRecord year;
    year.year = today.year();
    // Off the ladder, this year's pay is for a job that is on none of the plan's levels.
    year.ladderName = answers.onLadder ? ladder.name : QString();
    year.levelTitle = answers.onLadder ? answers.levelTitle : QString();
    year.currency = answers.currency;
    year.base = *answers.base;
    year.bonus = rest;
    content->payHistory = { year };
    PayPackage job;
    job.name = answers.onLadder ? tr("Current job – %1").arg(answers.levelTitle) : tr("Current job");
    job.kind = PayPackage::Kind::CurrentJob;
    job.currency = answers.currency;
    job.baseSalary = *answers.base;
    job.yearlyBonus = rest;
    content->payPackages = { job };
}

bool PlanSetup::write(PlanSession &session, const Answers &answers, const QDate &today, QString *error)
{
    PlanContent content;
    content.ladders = session.ladderStore().ladders();
    content.profile = session.pathStore().profile();
    apply(answers, &content, today);
    const QList<Scenario> &scenarios = session.pathStore().scenarios();
    const QList<PayPackage> &packages = session.payStore().payPackages();
    const auto currentJob = std::find_if(packages.cbegin(), packages.cend(),
                                         [](const PayPackage &p) { return p.kind == PayPackage::Kind::CurrentJob; });
    return session.applyBatch(
        answers.onLadder ? tr("Set up my plan at %1").arg(answers.levelTitle)
                         : tr("Set up my plan to be hired as %1").arg(answers.levelTitle),
        [&](PlanDatabase &plan, QString *e) {
            PathRepository paths(plan);
            Scenario path = content.scenarios.constFirst();
            const bool replacing = !scenarios.isEmpty() && scenarios.constFirst().primary;
            if (replacing) {
                path.id = scenarios.constFirst().id;
                path.name = scenarios.constFirst().name;
            }
            if (!paths.saveProfile(content.profile, e)
                || !(replacing ? paths.replaceScenario(path, content.ladders, e)
                               : paths.insertScenario(path, content.ladders, e)))
                return false;
            PayRepository pay(plan);
            for (PayRecord year : std::as_const(content.payHistory)) {
                if (!pay.saveRecord(year, e))
                    return false;
            }
            if (content.payPackages.isEmpty()) // no pay given
                return true;
            PayPackage job = content.payPackages.constFirst();
            if (currentJob == packages.cend())
                return pay.insertPackage(job, e);
            // The job's other parts (stock, sign-on, raises) stay as the user made them.
            PayPackage kept = *currentJob;
            kept.currency = job.currency;
            kept.baseSalary = job.baseSalary;
            kept.yearlyBonus = job.yearlyBonus;
            return pay.updatePackage(kept, e);
        },
        error);
}

} // namespace careerplanner
