#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace careerplanner {

// Which reports a distribution is of. Empty fields take every report.
struct MarketFilter
{
    QString company; // compared through the aliases, whatever the case and spacing
    int ladder = -1; // the job family, as the index of its ladder
    QString locationContains; // whatever the case
    std::optional<double> yearsFrom, yearsTo; // of experience, both included
    QDate from, to; // when reported, both included

    // Reports without the figure a bound asks about are left out once it is set.
    bool asksYears() const { return yearsFrom || yearsTo; }
    bool asksDates() const { return from.isValid() || to.isValid(); }
};

} // namespace careerplanner
