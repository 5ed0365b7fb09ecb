#include "core/path/PathValidator.h"

#include "core/base/HappenedDate.h"
#include "core/ladders/LevelValidator.h"

#include <QCoreApplication>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PathValidator", text);
}

const QDate EarliestDate(1950, 1, 1);
const QDate LatestDate(2200, 12, 31);

} // namespace

bool PathValidator::dateInRange(const QDate &date)
{
    return date.isValid() && date >= EarliestDate && date <= LatestDate;
}

const CareerLevel *PathValidator::findLevel(const QList<CareerLadder> &ladders, const QString &ladderName,
                                            const QString &levelTitle, int *position)
{
    for (const CareerLadder &ladder : ladders) {
        if (ladder.name != ladderName)
            continue;
        for (int i = 0; i < ladder.levels.size(); ++i) {
            if (ladder.levels.at(i).title == levelTitle) {
                if (position)
                    *position = i;
                return &ladder.levels.at(i);
            }
        }
    }
    return nullptr;
}

QString PathValidator::validateTime(const TimeAtLevel &time)
{
    if (time.minimumMonths < 0)
        return tr("Time at a level cannot be negative.");
    if (time.likelyMonths < time.minimumMonths || time.maximumMonths < time.likelyMonths)
        return tr("Put the time at level in order: fewest ≤ most likely ≤ most.");
    if (time.maximumMonths > 600)
        return tr("More than 50 years at one level is not a plan.");
    return {};
}

QString PathValidator::validateMilestone(const Milestone &milestone)
{
    if (milestone.title.trimmed().isEmpty())
        return tr("A milestone needs a title.");
    if (milestone.title.size() > LevelValidator::MaximumTextLength)
        return tr("Keep the milestone's title under %1 characters.").arg(LevelValidator::MaximumTextLength);
    if (!milestone.dueDate.isNull() && !dateInRange(milestone.dueDate))
        return tr("The due date must be a real date between 1950 and 2200.");
    if (!milestone.completedDate.isNull()) {
        if (milestone.status != Milestone::Status::Done)
            return tr("Only a milestone that is done has a completion date.");
        if (!dateInRange(milestone.completedDate))
            return tr("The completion date must be a real date between 1950 and 2200.");
    }
    return {};
}

QString PathValidator::validateScenario(const Scenario &scenario, const QList<CareerLadder> &ladders)
{
    if (scenario.name.trimmed().isEmpty())
        return tr("A scenario needs a name.");
    if (scenario.steps.isEmpty())
        return tr("A path needs at least the level you hold now.");
    for (int i = 0; i < scenario.steps.size(); ++i) {
        const PathStep &step = scenario.steps.at(i);
        const QString where = tr("Step %1 (%2)").arg(i + 1).arg(step.levelTitle);
        if (step.levelTitle.trimmed().isEmpty())
            return tr("Step %1 needs a level.").arg(i + 1);
        // A level removed from the ladder since keeps its name here: a path, like the
        // history, outlives edits to the ladders (and so does its JSON export).
        int position = -1;
        const CareerLevel *level = findLevel(ladders, step.ladderName, step.levelTitle, &position);
        if (!dateInRange(step.targetDate))
            return tr("%1: the date must be a real date between 1950 and 2200.").arg(where);
        const QString time = validateTime(step.timeAtLevel);
        if (!time.isEmpty())
            return QStringLiteral("%1: %2").arg(where, time);
        if (level && !step.branch.isEmpty()) {
            const bool known = std::any_of(level->branches.cbegin(), level->branches.cend(),
                                           [&step](const LevelBranch &b) { return b.path == step.branch; });
            if (!known)
                return tr("%1: this level has no “%2” branch.").arg(where, step.branch);
        }
        for (const Milestone &milestone : step.milestones) {
            const QString problem = validateMilestone(milestone);
            if (!problem.isEmpty())
                return QStringLiteral("%1: %2").arg(where, problem);
        }
        if (i == 0)
            continue;
        const PathStep &previous = scenario.steps.at(i - 1);
        int previousPosition = -1;
        const bool previousKnown = findLevel(ladders, previous.ladderName, previous.levelTitle, &previousPosition);
        // Within one ladder the path climbs; moving to another ladder is a career change.
        if (level && previousKnown && previous.ladderName == step.ladderName && position <= previousPosition)
            return tr("%1 must be higher on the ladder than %2.").arg(where, previous.levelTitle);
        if (step.targetDate <= previous.targetDate)
            return tr("%1: its date must come after the step before (%2).")
                .arg(where, QLocale().toString(previous.targetDate, QLocale::ShortFormat));
    }
    return {};
}

QString PathValidator::validateProfile(const Profile &profile)
{
    if (profile.name.size() > LevelValidator::MaximumTextLength)
        return tr("Keep the name under %1 characters.").arg(LevelValidator::MaximumTextLength);
    if (!profile.levelTitle.isEmpty() && profile.ladderName.trimmed().isEmpty())
        return tr("Say which ladder the level “%1” is on.").arg(profile.levelTitle);
    if (!profile.levelStart.isNull() && !dateInRange(profile.levelStart))
        return tr("The start date must be a real date between 1950 and 2200.");
    if (profile.experienceYears && (*profile.experienceYears < 0 || *profile.experienceYears > 60))
        return tr("Years of experience must be between 0 and 60.");
    return {};
}

QString PathValidator::validateNewPromotion(const Promotion &promotion, const Profile &profile, const QDate &today)
{
    if (const QString future = HappenedDate::problem(HappenedDate::Kind::Promotion, promotion.date, today);
        !future.isEmpty())
        return future;
    if (promotion.ladderName == profile.ladderName && promotion.levelTitle == profile.levelTitle)
        return tr("%1 is already the level you hold.").arg(promotion.levelTitle);
    return {};
}

QString PathValidator::validatePromotion(const Promotion &promotion)
{
    if (!dateInRange(promotion.date))
        return tr("The date must be a real date between 1950 and 2200.");
    if (promotion.levelTitle.trimmed().isEmpty())
        return tr("Say which level you were promoted to.");
    return {};
}

} // namespace careerplanner
