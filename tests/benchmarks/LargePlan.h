#pragma once
// The large plan the benchmarks and the robustness suite work on: 20 ladders of 10
// levels with bands, 5,000 milestones, 2,000 goals with 20,000 check-ins, 500 stories and
// 30 years of pay history. Deterministic: the same plan every time.

#include "core/plan/PlanContent.h"
#include "core/skills/SkillCatalog.h"

#include <QDate>
#include <QString>

namespace bench {

inline bool largePlan(careerplanner::PlanContent *content, QString *error)
{
    using namespace careerplanner;
    constexpr int Ladders = 20, Levels = 10, MilestonesPerStep = 500, Goals = 2000, CheckInsPerGoal = 10, Stories = 500,
                  PayYears = 30;
    if (!SkillCatalog::load(&content->skills, &content->skillMatrix, error))
        return false;
    content->name = QStringLiteral("Large benchmark plan");
    for (int l = 0; l < Ladders; ++l) {
        CareerLadder ladder;
        ladder.name = QStringLiteral("Ladder %1").arg(l + 1, 2, 10, QLatin1Char('0'));
        ladder.company = QStringLiteral("Company %1").arg(l % 7 + 1);
        ladder.description = QStringLiteral("A generated ladder for benchmarks.");
        for (int v = 0; v < Levels; ++v) {
            CareerLevel level;
            level.title = QStringLiteral("%1 level %2").arg(ladder.name).arg(v + 1);
            level.levelCode = QStringLiteral("L%1").arg(v + 4);
            level.summary = QStringLiteral("Level %1 of %2.").arg(v + 1).arg(ladder.name);
            level.yearsAtLevel.minimum = 2;
            level.yearsAtLevel.maximum = 4;
            level.responsibilities = { QStringLiteral("Lead programs"), QStringLiteral("Report status") };
            level.requirements = { QStringLiteral("Experience") };
            level.toAdvance = { QStringLiteral("Deliver"), QStringLiteral("Influence") };
            const qint64 base = (60'000 + 15'000LL * v + 1'000LL * l) * 100;
            SalaryBand baseBand;
            baseBand.minimum = base;
            baseBand.maximum = base * 2;
            baseBand.openEnded = v == Levels - 1;
            level.setBand(SalaryBand::Kind::Base, baseBand);
            SalaryBand total = baseBand;
            total.kind = SalaryBand::Kind::TotalCompensation;
            total.minimum = base * 3 / 2;
            total.maximum = base * 3;
            level.setBand(SalaryBand::Kind::TotalCompensation, total);
            for (const Skill &skill : std::as_const(content->skills))
                content->skillMatrix[ladder.name][level.title][skill.key] = 1 + (v * 4) / Levels;
            ladder.levels.append(level);
        }
        content->ladders.append(ladder);
    }
    const CareerLadder &first = content->ladders.constFirst();
    content->profile = { QStringLiteral("Benchmark Person"),
                         first.name,
                         first.levels.at(0).title,
                         QDate(2020, 1, 6),
                         5,
                         QStringLiteral("Seattle"),
                         QStringLiteral("Retail") };
    Scenario path;
    path.name = QStringLiteral("My path");
    path.primary = true;
    for (int v = 0; v < Levels; ++v) {
        PathStep step;
        step.ladderName = first.name;
        step.levelTitle = first.levels.at(v).title;
        step.targetDate = QDate(2020 + 3 * v, 1, 6);
        step.timeAtLevel = { 24, 36, 48 };
        for (int m = 0; m < (v == 0 ? 0 : MilestonesPerStep + (v == 1 ? MilestonesPerStep : 0)); ++m) {
            Milestone milestone;
            milestone.title = QStringLiteral("Milestone %1 for step %2").arg(m + 1).arg(v + 1);
            milestone.dueDate = step.targetDate.addDays(-(m % 700) - 1);
            milestone.status = m % 3 == 0 ? Milestone::Status::Done : Milestone::Status::Planned;
            if (milestone.status == Milestone::Status::Done)
                milestone.completedDate = milestone.dueDate;
            step.milestones.append(milestone);
        }
        path.steps.append(step);
    }
    content->scenarios.append(path);
    for (int g = 0; g < Goals; ++g) {
        Goal goal;
        goal.skillKey = content->skills.at(g % content->skills.size()).key;
        goal.target = 3 + g % 3;
        goal.dueDate = QDate(2027, 1 + g % 12, 1);
        goal.notes = QStringLiteral("Goal %1").arg(g + 1);
        for (int c = 0; c < CheckInsPerGoal; ++c)
            goal.checkIns.append({ 0, QDate(2024, 1, 1).addDays(c * 30 + g % 30), 1 + (c * 4) / CheckInsPerGoal,
                                   QStringLiteral("Check-in %1").arg(c + 1) });
        content->goals.append(goal);
    }
    for (int s = 0; s < Stories; ++s) {
        Story story;
        story.title = QStringLiteral("Story %1").arg(s + 1);
        story.date = QDate(2020, 1, 1).addDays(s * 5);
        story.situation = QStringLiteral("A situation worth telling, number %1.").arg(s + 1);
        story.task = QStringLiteral("The task.");
        story.action = QStringLiteral("What I did.");
        story.result = QStringLiteral("What came of it.");
        story.tags = { content->skills.at(s % content->skills.size()).key,
                       content->skills.at((s * 7 + 3) % content->skills.size()).key };
        story.tags.removeDuplicates();
        content->stories.append(story);
    }
    for (int y = 0; y < PayYears; ++y) {
        PayRecord record;
        record.year = 1996 + y;
        record.ladderName = first.name;
        record.levelTitle = first.levels.at(std::min(y / 3, Levels - 1)).title;
        record.base = (50'000 + 3'000LL * y) * 100;
        record.bonus = 5'000LL * 100;
        record.stockVested = 1'000LL * y * 100;
        content->payHistory.append(record);
    }
    PayPackage job;
    job.name = QStringLiteral("Current job");
    job.kind = PayPackage::Kind::CurrentJob;
    job.baseSalary = 150'000LL * 100;
    job.stockGrantValue = 100'000LL * 100;
    job.annualRefresherValue = 20'000LL * 100;
    content->payPackages.append(job);
    PayPackage offer = job;
    offer.name = QStringLiteral("Offer");
    offer.kind = PayPackage::Kind::Offer;
    offer.signOnYear1 = 50'000LL * 100;
    offer.signOnYear2 = 30'000LL * 100;
    content->payPackages.append(offer);
    return true;
}

} // namespace bench
