#pragma once

#include "core/plan/PlanContent.h"

#include <QDate>
#include <QString>

#include <optional>

namespace careerplanner {

class PlanSession;

// The first set-up of a plan from a few answers (where I stand, since when, what I am
// paid, where I aim): the profile, the primary path with its milestones, this year's pay
// and the current job's package. The welcome in the window and `--new FILE --ladder …`
// make the same plan from it.
class PlanSetup
{
public:
    struct Answers
    {
        QString ladderName;
        QString levelTitle; // the level held now, or the one to be hired at when not on the ladder
        QDate since; // when it was reached, or when to be hired by when not on the ladder
        // false: not on the ladder yet (applying from outside, or moving in from another
        // role); the path then starts with getting hired, and the pay is the job held now.
        bool onLadder = true;
        std::optional<qint64> base; // a year, in minor units of currency
        std::optional<qint64> total; // total compensation a year, base included
        QString currency = QStringLiteral("USD");
        QString targetTitle; // empty: the ladder's Vice President level, or its top
        QString branch; // where the ladder forks: "management" (default) or "individual-contributor"
        QString location;
    };

    // What is wrong with a year's pay as given (total compensation includes the base), in
    // one line; empty when nothing.
    static QString payProblem(const std::optional<qint64> &base, const std::optional<qint64> &total);
    // What is wrong with the answers for these ladders, in one line; empty when nothing.
    static QString problem(const Answers &answers, const QList<CareerLadder> &ladders, const QDate &today);
    // Puts into content (which holds the ladders) what the answers say; call after problem().
    static void apply(const Answers &answers, PlanContent *content, const QDate &today);
    // Writes the same into an open plan as one edit and one undo step: the profile (its
    // other fields kept), the primary path (replaced if there is one), this year's pay and
    // the current job's package (its pay replaced if there is one). Call after problem().
    static bool write(PlanSession &session, const Answers &answers, const QDate &today, QString *error);
};

} // namespace careerplanner
