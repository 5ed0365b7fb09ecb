// Vesting and the year-by-year projection against cases worked out by hand.
#include "core/base/Money.h"
#include "core/pay/PayProjection.h"

#include <QTest>

using namespace careerplanner;

namespace {

constexpr qint64 dollars(qint64 amount)
{
    return amount * 100;
}

PayPackage offer()
{
    PayPackage package;
    package.name = QStringLiteral("Offer");
    package.baseSalary = dollars(100'000);
    package.signOnYear1 = dollars(20'000);
    package.signOnYear2 = dollars(10'000);
    package.stockGrantValue = dollars(100'000);
    return package;
}

} // namespace

class TestPayProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amazonScheduleIsTheDefault();
    void schedulesFromYearlyPercentages();
    void scheduleValidation_data();
    void scheduleValidation();
    void flatOffer();
    void stockGrowthPerTranche();
    void raiseCompoundsWithRounding();
    void roundingHalvesAwayFromZero();
    void refreshersVestFromTheirOwnGrantDate();
    void sharesTimesPriceGivesTheGrant();
    void bonusAndTotals();
};

void TestPayProjection::amazonScheduleIsTheDefault()
{
    const VestingSchedule schedule = PayPackage().vesting;
    QCOMPARE(schedule, VestingSchedule::amazonDefault());
    // 5% / 15% / 40% / 40%, years 3 and 4 in two halves each.
    const QList<VestingSchedule::Tranche> expected { { 12, 500 },  { 24, 1500 }, { 30, 2000 },
                                                     { 36, 2000 }, { 42, 2000 }, { 48, 2000 } };
    QCOMPARE(schedule.tranches(), expected);
    QCOMPARE(schedule.totalBasisPoints(), 10'000);
    QVERIFY(schedule.validate().isEmpty());
}

void TestPayProjection::schedulesFromYearlyPercentages()
{
    const VestingSchedule yearly = VestingSchedule::fromYearlyPercentages({ 500, 1500, 4000, 4000 }, 1);
    QCOMPARE(yearly.tranches().size(), 4);
    QCOMPARE(yearly.tranches().at(2), (VestingSchedule::Tranche { 36, 4000 }));

    const VestingSchedule quarterly = VestingSchedule::fromYearlyPercentages({ 2500, 2500, 2500, 2500 }, 4);
    QCOMPARE(quarterly.tranches().size(), 16);
    QCOMPARE(quarterly.tranches().first(), (VestingSchedule::Tranche { 3, 625 }));
    QCOMPARE(quarterly.tranches().last(), (VestingSchedule::Tranche { 48, 625 }));
    QVERIFY(quarterly.validate().isEmpty());

    // 33.33% a year in halves: 16.66% then 16.67%, so the total stays exactly 100%.
    const VestingSchedule uneven = VestingSchedule::fromYearlyPercentages({ 3333, 3333, 3334 }, 2);
    QCOMPARE(uneven.tranches().at(0), (VestingSchedule::Tranche { 6, 1666 }));
    QCOMPARE(uneven.tranches().at(1), (VestingSchedule::Tranche { 12, 1667 }));
    QCOMPARE(uneven.totalBasisPoints(), 10'000);
}

void TestPayProjection::scheduleValidation_data()
{
    QTest::addColumn<QList<int>>("monthsAndPoints");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("sums to 99%") << QList<int> { 12, 500, 24, 1500, 36, 4000, 48, 3900 } << QStringLiteral("99.00%");
    QTest::newRow("sums to 101%") << QList<int> { 12, 5100, 24, 5000 } << QStringLiteral("101.00%");
    QTest::newRow("empty") << QList<int> {} << QStringLiteral("at least one");
    QTest::newRow("out of order") << QList<int> { 24, 5000, 12, 5000 } << QStringLiteral("in order");
    QTest::newRow("zero tranche") << QList<int> { 12, 0, 24, 10000 } << QStringLiteral("more than 0%");
}

void TestPayProjection::scheduleValidation()
{
    QFETCH(QList<int>, monthsAndPoints);
    QFETCH(QString, messagePart);
    QList<VestingSchedule::Tranche> tranches;
    for (int i = 0; i + 1 < monthsAndPoints.size(); i += 2)
        tranches.append({ monthsAndPoints[i], monthsAndPoints[i + 1] });
    const QString message = VestingSchedule(tranches).validate();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
}

void TestPayProjection::flatOffer()
{
    // $100k base, $20k + $10k sign-on, $100k of stock at 5/15/40/40, no growth:
    // year 1: 100 + 20 + 5; year 2: 100 + 10 + 15; years 3 and 4: 100 + 40.
    const QList<PayProjection::Year> years = PayProjection::project(offer(), 4);
    QCOMPARE(years.size(), 4);
    QCOMPARE(years[0].total(), dollars(125'000));
    QCOMPARE(years[0].stock, dollars(5'000));
    QCOMPARE(years[1].total(), dollars(125'000));
    QCOMPARE(years[1].signOn, dollars(10'000));
    QCOMPARE(years[2].total(), dollars(140'000));
    QCOMPARE(years[2].signOn, 0);
    QCOMPARE(years[3].total(), dollars(140'000));
    QCOMPARE(PayProjection::totals(years).total(), dollars(530'000));
    QCOMPARE(PayProjection::totals(years).stock, dollars(100'000));
}

void TestPayProjection::stockGrowthPerTranche()
{
    PayPackage package = offer();
    package.stockGrowthBasisPoints = 1000; // +10% a year
    const QList<PayProjection::Year> years = PayProjection::project(package, 4);
    // $5,000 x 1.1 and $15,000 x 1.21.
    QCOMPARE(years[0].stock, 550'000);
    QCOMPARE(years[1].stock, 1'815'000);
    // $20,000 x 1.1^2.5 = 25,381.174126 -> 25,381.17; $20,000 x 1.331 = 26,620.
    QCOMPARE(years[2].stock, 2'538'117 + 2'662'000);
    // $20,000 x 1.1^3.5 = 27,919.291538 -> 27,919.29; $20,000 x 1.4641 = 29,282.
    QCOMPARE(years[3].stock, 2'791'929 + 2'928'200);
}

void TestPayProjection::raiseCompoundsWithRounding()
{
    PayPackage package;
    package.baseSalary = 10'000'001; // $100,000.01
    package.annualRaiseBasisPoints = 350;
    const QList<PayProjection::Year> years = PayProjection::project(package, 3);
    QCOMPARE(years[0].base, 10'000'001);
    QCOMPARE(years[1].base, 10'350'001); // 10,350,001.035 -> 10,350,001
    QCOMPARE(years[2].base, 10'712'251); // 10,350,001 x 1.035 = 10,712,251.035
}

void TestPayProjection::roundingHalvesAwayFromZero()
{
    QCOMPARE(Money::applyRate(100, 50), 101); // 100.5
    QCOMPARE(Money::applyRate(-100, 50), -101); // -100.5
    QCOMPARE(Money::applyRate(100, 49), 100); // 100.49
    QCOMPARE(Money::roundHalfAwayFromZero(2.5), 3);
    QCOMPARE(Money::roundHalfAwayFromZero(-2.5), -3);
}

void TestPayProjection::refreshersVestFromTheirOwnGrantDate()
{
    PayPackage package;
    package.annualRefresherValue = dollars(10'000);
    const QList<PayProjection::Year> years = PayProjection::project(package, 4);
    // Refresher 1 (month 12) vests 5% at 24, 15% at 36, 20% at 42 and 48; refresher 2
    // (month 24) vests 5% at 36 and 15% at 48; refresher 3 (month 36) 5% at 48.
    QCOMPARE(years[0].refreshers, 0);
    QCOMPARE(years[1].refreshers, dollars(500));
    QCOMPARE(years[2].refreshers, dollars(1'500 + 500));
    QCOMPARE(years[3].refreshers, dollars(2'000 + 2'000 + 1'500 + 500));
}

void TestPayProjection::sharesTimesPriceGivesTheGrant()
{
    PayPackage package;
    package.stockGrantValue = dollars(1); // ignored once shares and price are known
    package.stockShares = 100;
    package.stockPricePerShare = dollars(1'500);
    QCOMPARE(package.grantValue(), dollars(150'000));
    QCOMPARE(PayProjection::project(package, 1).first().stock, dollars(7'500));
}

void TestPayProjection::bonusAndTotals()
{
    PayPackage package = offer();
    package.yearlyBonus = dollars(12'345);
    const QList<PayProjection::Year> years = PayProjection::project(package, PayProjection::MaximumYears);
    QCOMPARE(years.size(), 10);
    for (const PayProjection::Year &year : years)
        QCOMPARE(year.bonus, dollars(12'345));
    // After year 4 only base and bonus remain.
    QCOMPARE(years[9].total(), dollars(100'000 + 12'345));
    const PayProjection::Year sum = PayProjection::totals(years);
    QCOMPARE(sum.total(), sum.base + sum.signOn + sum.stock + sum.refreshers + sum.bonus);
    QCOMPARE(sum.total(), dollars(10 * 112'345 + 30'000 + 100'000));
}

QTEST_GUILESS_MAIN(TestPayProjection)
#include "tst_payprojection.moc"
