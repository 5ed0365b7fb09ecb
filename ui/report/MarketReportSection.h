#pragma once

#include <QString>

namespace careerplanner {

class PlanSession;
struct DashboardSummary;

// The report's market pay section: where the reports come from, the percentiles of base
// and total pay per level of the user's job family (or, if it has none, of the family with
// the most reports), and where the user's own pay stands among them.
class MarketReportSection
{
public:
    // summary: where the user stands, as the dashboard has it.
    static QString html(const PlanSession &session, const QString &title, const DashboardSummary &summary);
};

} // namespace careerplanner
