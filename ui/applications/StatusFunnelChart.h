#pragma once

#include "core/applications/JobApplication.h"

class QChart;

namespace careerplanner {

// How many applications have reached each status, as a funnel: the statuses in the order
// an application goes through them from the top, one bar each. An application counts at
// its status and at every status before it on the way (an offer was applied for, screened
// and interviewed); the three endings count only themselves.
class StatusFunnelChart
{
public:
    static QList<int> reached(const QList<JobApplication> &applications); // per JobApplication::statuses()
    static QChart *build(const QList<JobApplication> &applications);
};

} // namespace careerplanner
