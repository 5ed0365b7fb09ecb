#pragma once

#include <QList>
#include <QString>

namespace careerplanner {

// When a stock grant vests: tranches at months after the grant date, each a share of the
// grant in basis points (1/100 of a percent), together exactly 10,000 (100%).
class VestingSchedule
{
public:
    struct Tranche
    {
        int month = 12; // months after the grant date, 1 or more
        int basisPoints = 0; // share of the grant: 500 is 5%

        bool operator==(const Tranche &o) const { return month == o.month && basisPoints == o.basisPoints; }
    };

    static constexpr int WholeGrant = 10'000;

    VestingSchedule() = default;
    explicit VestingSchedule(const QList<Tranche> &tranches);

    // Amazon's usual schedule: 5% after year 1, 15% after year 2, then 40% in each of
    // years 3 and 4, paid in two halves (20% every six months).
    static VestingSchedule amazonDefault();
    // Yearly percentages spread evenly over 1, 2 or 4 tranches a year; a year's
    // remainder basis point goes to its last tranche so the sum stays exact.
    static VestingSchedule fromYearlyPercentages(const QList<int> &yearlyBasisPoints, int tranchesPerYear);

    const QList<Tranche> &tranches() const { return m_tranches; }
    int totalBasisPoints() const;
    int lastMonth() const;
    // Empty when usable; otherwise why not, in words for the user.
    QString validate() const;

    bool operator==(const VestingSchedule &o) const { return m_tranches == o.m_tranches; }

private:
    QList<Tranche> m_tranches;
};

} // namespace careerplanner
