#pragma once

#include <QDate>
#include <QString>

namespace careerplanner {

class PlanSession;

// The report's market pay section: where the reports come from, the percentiles of base
// and total pay per level of the user's job family (or, if it has none, of the family with
// the most reports), and where the user's own pay stands among them.
class MarketReportSection
{
public:
    static QString html(const PlanSession &session, const QString &title, const QDate &today);
};

} // namespace careerplanner
