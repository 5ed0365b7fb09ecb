#include "core/io/PlanDateCheck.h"

#include "core/base/HappenedDate.h"
#include "core/base/JsonReader.h"

namespace careerplanner {

void PlanDateCheck::refuseFuture(const PlanContent &content, const QDate &today, JsonReader &reader)
{
    using Kind = HappenedDate::Kind;
    const auto refuse = [&reader](const QString &where, const QString &problem) {
        if (!problem.isEmpty() && reader.ok())
            reader.fail(QStringLiteral("%1: %2").arg(where, problem));
    };
    refuse(QStringLiteral("profile.levelStart"),
           HappenedDate::problem(Kind::LevelStart, content.profile.levelStart, today));
    for (qsizetype i = 0; i < content.promotions.size(); ++i)
        refuse(QStringLiteral("promotions[%1]").arg(i),
               HappenedDate::problem(Kind::Promotion, content.promotions.at(i).date, today));
    for (qsizetype i = 0; i < content.payHistory.size(); ++i)
        refuse(QStringLiteral("payHistory[%1]").arg(i),
               HappenedDate::payYearProblem(content.payHistory.at(i).year, today));
    for (qsizetype i = 0; i < content.stories.size(); ++i)
        refuse(QStringLiteral("stories[%1]").arg(i),
               HappenedDate::problem(Kind::Story, content.stories.at(i).date, today));
    for (qsizetype i = 0; i < content.attempts.size(); ++i)
        refuse(QStringLiteral("interviews.attempts[%1]").arg(i),
               HappenedDate::problem(Kind::Practice, content.attempts.at(i).practisedOn, today));
    for (qsizetype g = 0; g < content.goals.size(); ++g) {
        const QList<CheckIn> &checkIns = content.goals.at(g).checkIns;
        for (qsizetype i = 0; i < checkIns.size(); ++i)
            refuse(QStringLiteral("goals[%1].checkIns[%2]").arg(g).arg(i),
                   HappenedDate::problem(Kind::CheckIn, checkIns.at(i).date, today));
    }
    for (qsizetype s = 0; s < content.scenarios.size(); ++s) {
        const QList<PathStep> &steps = content.scenarios.at(s).steps;
        for (qsizetype t = 0; t < steps.size(); ++t) {
            for (qsizetype m = 0; m < steps.at(t).milestones.size(); ++m)
                refuse(QStringLiteral("scenarios[%1].steps[%2].milestones[%3]").arg(s).arg(t).arg(m),
                       HappenedDate::problem(Kind::Completion, steps.at(t).milestones.at(m).completedDate, today));
        }
    }
}

} // namespace careerplanner
