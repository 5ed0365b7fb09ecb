#pragma once

#include <QDate>
#include <QString>

namespace careerplanner {

// The one rule for the dates of things that happened (a promotion, a check-in, a milestone
// done, a STAR story, an answer practised, an application sent, a career conversation
// held, feedback received, the start at the level held, a year of pay): today at the
// latest, in every form and every import. What is still to come belongs to
// the path and the packages.
class HappenedDate
{
public:
    enum class Kind {
        Promotion,
        CheckIn,
        Completion,
        Story,
        LevelStart,
        Practice,
        Application,
        Conversation,
        Feedback
    };

    // Why date cannot be saved as a fact today; empty when it can (today itself can).
    static QString problem(Kind kind, const QDate &date, const QDate &today);
    // The same for an edit from was to date: a date already in the plan stays whatever it
    // is (so an old plan still opens and edits); a new or changed one has come by today.
    static QString problemIfChanged(Kind kind, const QDate &was, const QDate &date, const QDate &today);
    // A year of pay history: this year at the latest.
    static QString payYearProblem(int year, const QDate &today);
    // A word of warning, not a refusal, for a date before the user's start on the ladder
    // (ladderStart null: not known, no warning).
    static QString earlyNote(const QDate &date, const QDate &ladderStart);
};

} // namespace careerplanner
