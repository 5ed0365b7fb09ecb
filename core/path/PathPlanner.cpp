#include "core/path/PathPlanner.h"

#include <QCoreApplication>

#include <algorithm>

namespace careerplanner {

namespace {

// Milestones of the titles, due at even intervals between from and to.
QList<Milestone> spread(const QStringList &titles, const QDate &from, const QDate &to)
{
    QList<Milestone> milestones;
    const qint64 span = from.daysTo(to);
    for (qsizetype i = 0; i < titles.size(); ++i) {
        Milestone milestone;
        milestone.title = titles.at(i);
        milestone.dueDate = from.addDays(span * (i + 1) / (titles.size() + 1));
        milestones.append(milestone);
    }
    return milestones;
}

} // namespace

TimeAtLevel PathPlanner::typicalTime(const CareerLevel &level, bool *assumed)
{
    const YearRange &years = level.yearsAtLevel;
    if (assumed)
        *assumed = years.isEmpty();
    if (years.isEmpty())
        return { 24, 36, 60 };
    const int low = *years.minimum * 12;
    const int high = years.maximum ? *years.maximum * 12 : (years.openEnded ? low * 2 : low);
    return { low, (low + high) / 2, high };
}

int PathPlanner::defaultTarget(const CareerLadder &ladder)
{
    for (int i = 0; i < ladder.levels.size(); ++i) {
        if (ladder.levels.at(i).title.startsWith(QLatin1String("Vice President")))
            return i;
    }
    return static_cast<int>(ladder.levels.size()) - 1;
}

QList<Milestone> PathPlanner::suggestedMilestones(const CareerLadder &ladder, int toLevel, const QDate &from,
                                                  const QDate &to, const QString &branch)
{
    QStringList titles = toLevel > 0 ? ladder.levels.at(toLevel - 1).toAdvance : QStringList();
    if (titles.isEmpty())
        titles = ladder.promotionCriteria;
    if (const LevelBranch *onBranch = findBranch(ladder.levels.at(toLevel), branch))
        titles += onBranch->milestones;
    return spread(titles, from, to);
}

QList<Milestone> PathPlanner::hiringMilestones(const CareerLadder &ladder, int level, const QDate &from,
                                               const QDate &to)
{
    QStringList titles;
    for (const InterviewStage &stage : ladder.interviewStages)
        titles.append(stage.name);
    titles.append(QCoreApplication::translate("PathPlanner", "Hired as %1").arg(ladder.levels.at(level).title));
    return spread(titles, from, to);
}

const LevelBranch *PathPlanner::findBranch(const CareerLevel &level, const QString &path)
{
    for (const LevelBranch &branch : level.branches) {
        if (branch.path == path)
            return &branch;
    }
    return nullptr;
}

void PathPlanner::changeBranch(Scenario &scenario, int changed, const CareerLevel &level, const QString &branch,
                               bool held)
{
    PathStep &step = scenario.steps[changed];
    if (step.branch == branch)
        return;
    const LevelBranch *before = findBranch(level, step.branch);
    const LevelBranch *after = findBranch(level, branch);
    step.branch = branch;
    if (held)
        return;
    if (before) {
        step.milestones.removeIf([&](const Milestone &milestone) {
            return milestone.status != Milestone::Status::Done && before->milestones.contains(milestone.title);
        });
    }
    if (!after)
        return;
    QStringList titles;
    for (const QString &title : after->milestones) {
        if (std::none_of(step.milestones.cbegin(), step.milestones.cend(),
                         [&](const Milestone &milestone) { return milestone.title == title; }))
            titles.append(title);
    }
    const QDate from = changed > 0 ? scenario.steps.at(changed - 1).targetDate : step.targetDate;
    step.milestones += spread(titles, from, step.targetDate);
}

Scenario PathPlanner::buildPath(const CareerLadder &ladder, int currentLevel, const QDate &start, int targetLevel,
                                const QString &branch, const QDate &laidOutOn)
{
    Scenario scenario;
    scenario.name = QStringLiteral("My plan");
    scenario.primary = true;
    QDate date = start;
    for (int i = currentLevel; i <= targetLevel && i < ladder.levels.size(); ++i) {
        const CareerLevel &level = ladder.levels.at(i);
        PathStep step;
        step.ladderName = ladder.name;
        step.levelTitle = level.title;
        step.targetDate = date;
        step.timeAtLevel = typicalTime(level);
        if (!level.branches.isEmpty())
            step.branch = findBranch(level, branch) ? branch : level.branches.constFirst().path;
        if (i > currentLevel) {
            const QDate &previous = scenario.steps.constLast().targetDate;
            const QDate from = laidOutOn.isValid() && laidOutOn > previous && laidOutOn < date ? laidOutOn : previous;
            step.milestones = suggestedMilestones(ladder, i, from, date, step.branch);
        }
        scenario.steps.append(step);
        date = date.addMonths(step.timeAtLevel.likelyMonths);
    }
    return scenario;
}

namespace {

// Moves the due dates of the milestones not yet done by days.
void shiftOpenMilestones(PathStep &step, qint64 days)
{
    for (Milestone &milestone : step.milestones) {
        if (milestone.dueDate.isValid() && milestone.status != Milestone::Status::Done)
            milestone.dueDate = milestone.dueDate.addDays(days);
    }
}

} // namespace

void PathPlanner::redate(Scenario &scenario, int changed)
{
    for (int i = changed + 1; i < scenario.steps.size(); ++i) {
        const PathStep &previous = scenario.steps.at(i - 1);
        PathStep &step = scenario.steps[i];
        const QDate before = step.targetDate;
        step.targetDate = previous.targetDate.addMonths(previous.timeAtLevel.likelyMonths);
        shiftOpenMilestones(step, before.daysTo(step.targetDate));
    }
}

void PathPlanner::moveStep(Scenario &scenario, int changed, const QDate &date, bool later)
{
    PathStep &step = scenario.steps[changed];
    if (step.targetDate.isValid() && date.isValid())
        shiftOpenMilestones(step, step.targetDate.daysTo(date));
    step.targetDate = date;
    if (later)
        redate(scenario, changed);
}

} // namespace careerplanner
