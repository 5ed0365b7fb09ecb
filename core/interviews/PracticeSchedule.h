#pragma once

#include "core/interviews/PracticeAttempt.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace careerplanner {

// When a question is due again, by Leitner boxes worked out from its attempts: every
// answer rated well on average (4 or more) moves the question up a box, every poor one
// (2.5 or less) sends it back to the first, anything between keeps it where it is. A
// question comes back 1, 3, 7, 14 or 30 days after its last answer, by its box; the first
// answer starts it in box 1, so a question answered well the first time comes back after
// 3 days and one answered poorly tomorrow. A question asked in a real interview and not
// answered since joins the schedule in box 1, due the day after the interview.
class PracticeSchedule
{
public:
    static constexpr int Boxes = 5;
    static constexpr double WellRated = 4.0;
    static constexpr double PoorlyRated = 2.5;

    struct State
    {
        int box = 0; // 0: never practised
        int attempts = 0;
        QDate lastPractised;
        double lastRating = 0; // the average of the latest attempt's ratings
        QDate due; // null when never practised nor asked
        QDate askedOn; // the last day it was asked in an interview; null: never

        bool practised() const { return attempts > 0; }
        bool scheduled() const { return practised() || askedOn.isValid(); }
        bool isDue(const QDate &today) const { return scheduled() && due <= today; }
    };

    static int intervalDays(int box); // box 1 to Boxes
    // One question's state from its attempts, in any order.
    static State stateOf(QList<PracticeAttempt> attempts);
    // Every practised or asked question's state, by question id; asked: the days each
    // question was asked in interviews, by question id.
    static QHash<qint64, State> states(const QList<PracticeAttempt> &attempts,
                                       const QMultiHash<qint64, QDate> &asked = {});
    // How many of the questions are due again by today.
    static int dueCount(const QHash<qint64, State> &states, const QDate &today);
};

} // namespace careerplanner
