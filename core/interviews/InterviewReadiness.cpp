#include "core/interviews/InterviewReadiness.h"

#include "core/stories/StoryCoverage.h"

namespace careerplanner {

QList<InterviewReadiness::Row> InterviewReadiness::byPrinciple(const QList<Skill> &skills, const QList<Story> &stories,
                                                               const QList<Question> &questions,
                                                               const QHash<qint64, PracticeSchedule::State> &schedule,
                                                               const QDate &today)
{
    QList<Row> rows;
    for (const StoryCoverage::Row &coverage : StoryCoverage::leadershipPrinciples(skills, stories)) {
        Row row;
        row.key = coverage.key;
        row.name = coverage.name;
        row.stories = coverage.stories;
        for (const Question &question : questions) {
            if (!question.principles.contains(row.key))
                continue;
            ++row.questions;
            const auto state = schedule.constFind(question.id);
            if (state == schedule.cend() || !state->practised())
                continue;
            ++row.practised;
            if (state->isDue(today))
                ++row.due;
            if (!row.latestPractised.isValid() || state->lastPractised > row.latestPractised) {
                row.latestPractised = state->lastPractised;
                row.latestRating = state->lastRating;
            }
        }
        rows.append(row);
    }
    return rows;
}

} // namespace careerplanner
