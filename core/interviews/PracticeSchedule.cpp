#include "core/interviews/PracticeSchedule.h"

#include <algorithm>

namespace careerplanner {

int PracticeSchedule::intervalDays(int box)
{
    static constexpr int days[Boxes] = { 1, 3, 7, 14, 30 };
    return days[std::clamp(box, 1, Boxes) - 1];
}

PracticeSchedule::State PracticeSchedule::stateOf(QList<PracticeAttempt> attempts)
{
    // The order they happened in: by day, and on one day in the order they were saved.
    std::sort(attempts.begin(), attempts.end(), [](const PracticeAttempt &a, const PracticeAttempt &b) {
        return a.practisedOn != b.practisedOn ? a.practisedOn < b.practisedOn : a.id < b.id;
    });
    State state;
    for (const PracticeAttempt &attempt : attempts) {
        const double rating = attempt.averageRating();
        state.box = std::max(state.box, 1);
        if (rating >= WellRated)
            state.box = std::min(state.box + 1, Boxes);
        else if (rating <= PoorlyRated)
            state.box = 1;
        ++state.attempts;
        state.lastPractised = attempt.practisedOn;
        state.lastRating = rating;
    }
    if (state.practised())
        state.due = state.lastPractised.addDays(intervalDays(state.box));
    return state;
}

QHash<qint64, PracticeSchedule::State> PracticeSchedule::states(const QList<PracticeAttempt> &attempts,
                                                                const QMultiHash<qint64, QDate> &asked)
{
    QHash<qint64, QList<PracticeAttempt>> byQuestion;
    for (const PracticeAttempt &attempt : attempts)
        byQuestion[attempt.questionId].append(attempt);
    QHash<qint64, State> result;
    for (auto it = byQuestion.cbegin(); it != byQuestion.cend(); ++it)
        result.insert(it.key(), stateOf(it.value()));
    for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
        State &state = result[it.key()];
        if (!it.value().isValid() || (state.askedOn.isValid() && state.askedOn >= it.value()))
            continue;
        state.askedOn = it.value();
        // Asked after its last answer: practised again the next day, from the first box.
        if (!state.practised() || state.lastPractised < state.askedOn) {
            state.box = 1;
            state.due = state.askedOn.addDays(intervalDays(1));
        }
    }
    return result;
}

int PracticeSchedule::dueCount(const QHash<qint64, State> &states, const QDate &today)
{
    return static_cast<int>(
        std::count_if(states.cbegin(), states.cend(), [&today](const State &state) { return state.isDue(today); }));
}

} // namespace careerplanner
