#pragma once

#include <QFlags>

namespace careerplanner {

// What of the open plan an edit, an undo or an import changed: a page rebuilds once per
// change notice, and only when the notice names a part it shows.
enum class PlanPart {
    Ladders = 1 << 0,
    PayPackages = 1 << 1,
    PayHistory = 1 << 2,
    Adjustment = 1 << 3,
    Profile = 1 << 4,
    Scenarios = 1 << 5,
    Milestones = 1 << 6,
    Promotions = 1 << 7,
    Expectations = 1 << 8, // the skill matrix
    Goals = 1 << 9,
    Stories = 1 << 10,
    Currencies = 1 << 11, // the exchange rates and the display currency
    Market = 1 << 12, // market reports, their matching to the levels, or its corrections
    Interviews = 1 << 13, // the question bank, practice attempts and writing drafts
    Applications = 1 << 14, // job applications, their stages, offers and reminders
    Conversations = 1 << 15, // career conversations, their rhythm and feedback quotes
    PromotionCase = 1 << 16, // what the user put in or left out of a promotion case
};
Q_DECLARE_FLAGS(PlanParts, PlanPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(PlanParts)

// Every part, as after an undo or an import, which may change anything.
inline constexpr PlanParts AllPlanParts = PlanParts::fromInt((1 << 17) - 1);

} // namespace careerplanner
