#pragma once

#include "core/interviews/PracticeSchedule.h"
#include "core/interviews/Question.h"
#include "core/stories/StoryCoverage.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace careerplanner {

// Which questions a practice session asks, in order: first those due again (the longest
// overdue first), then questions never practised on the Leadership Principles with the
// fewest stories (one per principle in turn, so that a session spreads over them), then
// the other questions never practised, in the bank's order. Only when those run out does
// it take questions ahead of their day, the soonest due first.
class PracticeDraw
{
public:
    static constexpr int DefaultCount = 5;

    enum class Reason { Due, ThinCoverage, New, Ahead };
    struct Pick
    {
        qint64 questionId = 0;
        Reason reason = Reason::New;
    };

    // questions: those the session may ask (the user's filters applied); coverage: the
    // plan's story count per principle.
    static QList<Pick> draw(const QList<Question> &questions, const QHash<qint64, PracticeSchedule::State> &states,
                            const QList<StoryCoverage::Row> &coverage, const QDate &today, int count = DefaultCount);
};

} // namespace careerplanner
