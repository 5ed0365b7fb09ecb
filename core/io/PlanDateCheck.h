#pragma once

#include "core/plan/PlanContent.h"

#include <QDate>

namespace careerplanner {

class JsonReader;

// The one check of an imported plan's dates of things that happened (HappenedDate): today
// at the latest, as in the window's forms.
class PlanDateCheck
{
public:
    // Fails reader at the first date that is not, with where it is and why.
    static void refuseFuture(const PlanContent &content, const QDate &today, JsonReader &reader);
};

} // namespace careerplanner
