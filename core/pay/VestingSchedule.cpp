#include "core/pay/VestingSchedule.h"

#include <QCoreApplication>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VestingSchedule", text);
}

} // namespace

VestingSchedule::VestingSchedule(const QList<Tranche> &tranches)
    : m_tranches(tranches)
{
}

VestingSchedule VestingSchedule::amazonDefault()
{
    return VestingSchedule({ { 12, 500 }, { 24, 1500 }, { 30, 2000 }, { 36, 2000 }, { 42, 2000 }, { 48, 2000 } });
}

VestingSchedule VestingSchedule::fromYearlyPercentages(const QList<int> &yearlyBasisPoints, int tranchesPerYear)
{
    QList<Tranche> tranches;
    const int step = 12 / tranchesPerYear;
    for (int year = 0; year < yearlyBasisPoints.size(); ++year) {
        const int share = yearlyBasisPoints.at(year);
        if (share == 0)
            continue;
        const int each = share / tranchesPerYear;
        for (int i = 1; i <= tranchesPerYear; ++i) {
            const int points = i == tranchesPerYear ? share - each * (tranchesPerYear - 1) : each;
            tranches.append({ year * 12 + i * step, points });
        }
    }
    return VestingSchedule(tranches);
}

int VestingSchedule::totalBasisPoints() const
{
    int total = 0;
    for (const Tranche &tranche : m_tranches)
        total += tranche.basisPoints;
    return total;
}

int VestingSchedule::lastMonth() const
{
    return m_tranches.isEmpty() ? 0 : m_tranches.last().month;
}

QString VestingSchedule::validate() const
{
    if (m_tranches.isEmpty())
        return tr("A vesting schedule needs at least one tranche.");
    int previousMonth = 0;
    for (const Tranche &tranche : m_tranches) {
        if (tranche.basisPoints <= 0 || tranche.basisPoints > WholeGrant)
            return tr("Each tranche must vest more than 0% and at most 100%.");
        if (tranche.month <= previousMonth)
            return tr("Tranches must vest in order, each in a later month than the one before.");
        if (tranche.month > 120)
            return tr("Vesting longer than ten years is not supported.");
        previousMonth = tranche.month;
    }
    const int total = totalBasisPoints();
    if (total != WholeGrant)
        return tr("The tranches add up to %1%, not 100%.").arg(QString::number(total / 100.0, 'f', 2));
    return {};
}

} // namespace careerplanner
