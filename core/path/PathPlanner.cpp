#include "core/path/PathPlanner.h"

namespace careerplanner {

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
                                                  const QDate &to)
{
    QStringList titles = toLevel > 0 ? ladder.levels.at(toLevel - 1).toAdvance : QStringList();
    if (titles.isEmpty())
        titles = ladder.promotionCriteria;
    QList<Milestone> milestones;
    const qint64 span = from.daysTo(to);
    for (int i = 0; i < titles.size(); ++i) {
        Milestone milestone;
        milestone.title = titles.at(i);
        milestone.dueDate = from.addDays(span * (i + 1) / (titles.size() + 1));
        milestones.append(milestone);
    }
    return milestones;
}

Scenario PathPlanner::buildPath(const CareerLadder &ladder, int currentLevel, const QDate &start, int targetLevel,
                                const QString &branch)
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
            step.branch = branch.isEmpty() ? level.branches.constFirst().path : branch;
        if (i > currentLevel) {
            const PathStep &previous = scenario.steps.constLast();
            step.milestones = suggestedMilestones(ladder, i, previous.targetDate, date);
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
