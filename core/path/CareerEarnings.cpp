#include "core/path/CareerEarnings.h"

#include "core/base/Money.h"

#include <algorithm>

namespace careerplanner {

namespace {

constexpr double DaysPerYear = 365.25;

// Index of the step whose level is held on date: the last step dated on or before it.
int stepAt(const Scenario &scenario, const QDate &date)
{
    int held = 0;
    for (int i = 0; i < scenario.steps.size(); ++i) {
        if (scenario.steps.at(i).targetDate <= date)
            held = i;
    }
    return held;
}

} // namespace

qint64 CareerEarnings::between(const Scenario &scenario, const QList<qint64> &annualPay, const QDate &from,
                               const QDate &to)
{
    if (scenario.steps.isEmpty() || to <= from)
        return 0;
    double total = 0;
    for (int i = 0; i < scenario.steps.size(); ++i) {
        const QDate start = std::max(from, scenario.steps.at(i).targetDate);
        const QDate end = i + 1 < scenario.steps.size() ? std::min(to, scenario.steps.at(i + 1).targetDate) : to;
        if (end > start)
            total += static_cast<double>(annualPay.value(i)) * static_cast<double>(start.daysTo(end)) / DaysPerYear;
    }
    return Money::roundHalfAwayFromZero(total);
}

QList<CareerEarnings::Year> CareerEarnings::byYear(const Scenario &scenario, const QList<qint64> &annualPay,
                                                   const QDate &from, int years)
{
    QList<Year> result;
    qint64 cumulative = 0;
    for (int k = 0; k < years; ++k) {
        const int calendarYear = from.year() + k;
        const QDate end(calendarYear + 1, 1, 1);
        Year year;
        year.year = calendarYear;
        // Cumulative first, then the year as a difference: the rows always add up.
        const qint64 upToEnd = between(scenario, annualPay, from, end);
        year.pay = upToEnd - cumulative;
        cumulative = upToEnd;
        year.cumulative = cumulative;
        if (!scenario.steps.isEmpty())
            year.level = scenario.steps.at(stepAt(scenario, end.addDays(-1))).levelTitle;
        result.append(year);
    }
    return result;
}

double CareerEarnings::yearsToTarget(const Scenario &scenario, const QDate &from)
{
    if (scenario.steps.isEmpty())
        return 0;
    return std::max<qint64>(0, from.daysTo(scenario.steps.constLast().targetDate)) / DaysPerYear;
}

} // namespace careerplanner
