#include "core/interviews/PracticeDraw.h"

#include <QSet>

#include <algorithm>

namespace careerplanner {

namespace {

using State = PracticeSchedule::State;

// The scheduled questions of a kind, ordered by their due date, then by the lower box.
QList<const Question *> practised(const QList<Question> &questions, const QHash<qint64, State> &states,
                                  const QDate &today, bool due)
{
    QList<const Question *> found;
    for (const Question &question : questions) {
        const State state = states.value(question.id);
        if (state.scheduled() && state.isDue(today) == due)
            found.append(&question);
    }
    std::stable_sort(found.begin(), found.end(), [&states](const Question *a, const Question *b) {
        const State &first = states[a->id];
        const State &second = states[b->id];
        return first.due != second.due ? first.due < second.due : first.box < second.box;
    });
    return found;
}

} // namespace

QList<PracticeDraw::Pick> PracticeDraw::draw(const QList<Question> &questions, const QHash<qint64, State> &states,
                                             const QList<StoryCoverage::Row> &coverage, const QDate &today, int count)
{
    QList<Pick> picks;
    QSet<qint64> taken;
    const auto take = [&](const Question *question, Reason reason) {
        if (picks.size() >= count || taken.contains(question->id))
            return false;
        picks.append({ question->id, reason });
        taken.insert(question->id);
        return true;
    };
    for (const Question *question : practised(questions, states, today, true))
        take(question, Reason::Due);

    QList<StoryCoverage::Row> thin;
    std::copy_if(coverage.cbegin(), coverage.cend(), std::back_inserter(thin),
                 [](const StoryCoverage::Row &row) { return row.thin(); });
    std::stable_sort(thin.begin(), thin.end(),
                     [](const StoryCoverage::Row &a, const StoryCoverage::Row &b) { return a.stories < b.stories; });
    // One question per thin principle in each round, until a round finds none.
    for (bool found = true; found && picks.size() < count;) {
        found = false;
        for (const StoryCoverage::Row &row : thin) {
            for (const Question &question : questions) {
                if (!states.value(question.id).scheduled() && question.principles.contains(row.key)
                    && take(&question, Reason::ThinCoverage)) {
                    found = true;
                    break;
                }
            }
        }
    }
    for (const Question &question : questions) {
        if (!states.value(question.id).scheduled())
            take(&question, Reason::New);
    }
    for (const Question *question : practised(questions, states, today, false))
        take(question, Reason::Ahead);
    return picks;
}

} // namespace careerplanner
