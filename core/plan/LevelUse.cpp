#include "core/plan/LevelUse.h"

#include "core/plan/PlanSession.h"

#include <QCoreApplication>

namespace careerplanner {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("LevelUse", text, nullptr, n);
}

// "2021", "2021 and 2022", "2020 to 2025" for years in order.
QString yearsText(const QList<int> &years)
{
    if (years.size() == 1)
        return QString::number(years.constFirst());
    const bool runOfYears = years.constLast() - years.constFirst() == years.size() - 1;
    if (years.size() == 2 || !runOfYears) {
        QStringList all;
        for (int year : years)
            all.append(QString::number(year));
        return all.join(QStringLiteral(", "));
    }
    return tr("%1 to %2").arg(years.constFirst()).arg(years.constLast());
}

} // namespace

namespace {

// What uses the levels of ladderName whose titles are in titles.
LevelUse usesOf(const PlanSession &session, const QString &ladderName, const QStringList &titles)
{
    LevelUse use;
    const auto at
        = [&](const QString &ladder, const QString &title) { return ladder == ladderName && titles.contains(title); };
    const Profile &profile = session.pathStore().profile();
    use.heldNow = at(profile.ladderName, profile.levelTitle);
    for (const Scenario &scenario : session.pathStore().scenarios()) {
        use.scenarios += std::any_of(scenario.steps.cbegin(), scenario.steps.cend(),
                                     [&](const PathStep &step) { return at(step.ladderName, step.levelTitle); });
    }
    for (const PayRecord &record : session.payStore().payHistory()) {
        if (at(record.ladderName, record.levelTitle))
            use.payYears.append(record.year);
    }
    for (const Promotion &promotion : session.pathStore().promotions())
        use.promotions += at(promotion.ladderName, promotion.levelTitle);
    for (const Goal &goal : session.skillStore().goals())
        use.goals += titles.contains(goal.forLevel);
    return use;
}

} // namespace

LevelUse LevelUse::of(const PlanSession &session, const QString &ladderName, const QString &levelTitle)
{
    return usesOf(session, ladderName, { levelTitle });
}

LevelUse LevelUse::ofLadder(const PlanSession &session, const QString &ladderName)
{
    QStringList titles;
    for (const CareerLadder &ladder : session.ladderStore().ladders()) {
        if (ladder.name != ladderName)
            continue;
        for (const CareerLevel &level : ladder.levels)
            titles.append(level.title);
    }
    LevelUse use = usesOf(session, ladderName, titles);
    use.wholeLadder = true;
    return use;
}

QStringList LevelUse::consequences() const
{
    QStringList said;
    if (heldNow)
        said.append(wholeLadder ? tr("The level you hold now is on it: your profile keeps its name, but the "
                                     "dashboard will have no band to set your pay against until you choose a level "
                                     "again.")
                                : tr("It is the level you hold now: your profile keeps its name, but the dashboard "
                                     "will have no band to set your pay against until you choose a level again."));
    if (scenarios == 1)
        said.append(tr("A path passes through it: its step keeps the name, dates and milestones, but has no band "
                       "for its expected pay."));
    else if (scenarios > 1)
        said.append(tr("%1 paths pass through it: their steps keep the name, dates and milestones, but have no "
                       "band for their expected pay.")
                        .arg(scenarios));
    if (!payYears.isEmpty())
        said.append((wholeLadder ? tr("You were paid at its levels in %1: those years keep their figures and the "
                                      "levels' names, with no band to compare them with.")
                                 : tr("You were paid at it in %1: those years keep their figures and the level's "
                                      "name, with no band to compare them with."))
                        .arg(yearsText(payYears)));
    if (promotions > 0)
        said.append(promotions == 1
                        ? tr("A promotion you recorded is to it: it stays, as recorded.")
                        : tr("%1 promotions you recorded are to it: they stay, as recorded.").arg(promotions));
    if (goals > 0)
        said.append(goals == 1
                        ? tr("A skill goal is for it: it stays, for a level no longer on the ladder.")
                        : tr("%1 skill goals are for it: they stay, for a level no longer on the ladder.").arg(goals));
    return said;
}

} // namespace careerplanner
