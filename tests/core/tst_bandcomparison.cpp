// What a promotion is worth, midpoint to midpoint, with open-ended bands flagged.
#include "core/bands/BandComparison.h"
#include "core/ladders/ReferenceLadders.h"

#include <QTest>

using namespace careerplanner;

namespace {

SalaryBand band(qint64 minDollars, std::optional<qint64> maxDollars, bool open)
{
    SalaryBand b;
    b.minimum = minDollars * 100;
    if (maxDollars)
        b.maximum = *maxDollars * 100;
    b.openEnded = open;
    return b;
}

} // namespace

class TestBandComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void midpoints();
    void stepsAndCertainty_data();
    void stepsAndCertainty();
    void missingBandOrCurrencyGivesNoFigure();
    void productLadderFromReferenceData();
    void otherCurrenciesOnlyThroughARate();
};

void TestBandComparison::midpoints()
{
    QCOMPARE(BandComparison::entryFor(QStringLiteral("APM"), band(60'000, 120'000, false)).midpoint,
             std::optional<qint64>(9'000'000));
    const auto open = BandComparison::entryFor(QStringLiteral("PM"), band(80'000, 150'000, true));
    QCOMPARE(open.midpoint, std::optional<qint64>(11'500'000));
    QVERIFY(open.midpointIsFloor);
    const auto floorOnly = BandComparison::entryFor(QStringLiteral("PPM"), band(200'000, std::nullopt, true));
    QCOMPARE(floorOnly.midpoint, std::optional<qint64>(20'000'000));
    QVERIFY(floorOnly.midpointIsFloor);
    // Odd cents round up to a whole cent.
    SalaryBand odd = band(0, 0, false);
    odd.minimum = 1;
    odd.maximum = 2;
    QCOMPARE(BandComparison::entryFor(QString(), odd).midpoint, std::optional<qint64>(2));
    QVERIFY(!BandComparison::entryFor(QString(), std::nullopt).midpoint);
}

void TestBandComparison::stepsAndCertainty_data()
{
    QTest::addColumn<bool>("fromOpen");
    QTest::addColumn<bool>("toOpen");
    QTest::addColumn<int>("certainty");
    QTest::newRow("both closed") << false << false << int(BandComparison::Certainty::Exact);
    QTest::newRow("higher open") << false << true << int(BandComparison::Certainty::AtLeast);
    QTest::newRow("lower open") << true << false << int(BandComparison::Certainty::AtMost);
    QTest::newRow("both open") << true << true << int(BandComparison::Certainty::Approximate);
}

void TestBandComparison::stepsAndCertainty()
{
    QFETCH(bool, fromOpen);
    QFETCH(bool, toOpen);
    QFETCH(int, certainty);
    // $60k-$120k (mid $90k) to $80k-$150k (mid $115k): +$25,000, +27.78%.
    const QList<BandComparison::Step> steps
        = BandComparison::steps({ BandComparison::entryFor(QStringLiteral("a"), band(60'000, 120'000, fromOpen)),
                                  BandComparison::entryFor(QStringLiteral("b"), band(80'000, 150'000, toOpen)) });
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps[0].difference, std::optional<qint64>(2'500'000));
    QCOMPARE(steps[0].basisPoints, std::optional<int>(2778));
    QCOMPARE(int(steps[0].certainty), certainty);
}

void TestBandComparison::missingBandOrCurrencyGivesNoFigure()
{
    SalaryBand euros = band(50'000, 70'000, false);
    euros.currency = QStringLiteral("EUR");
    const QList<BandComparison::Step> steps
        = BandComparison::steps({ BandComparison::entryFor(QStringLiteral("a"), band(60'000, 120'000, false)),
                                  BandComparison::entryFor(QStringLiteral("b"), std::nullopt),
                                  BandComparison::entryFor(QStringLiteral("c"), band(80'000, 90'000, false)),
                                  BandComparison::entryFor(QStringLiteral("d"), euros) });
    QCOMPARE(steps.size(), 3);
    QVERIFY(!steps[0].difference);
    QVERIFY(!steps[1].difference);
    QVERIFY(!steps[2].difference);
}

void TestBandComparison::productLadderFromReferenceData()
{
    QList<CareerLadder> ladders;
    QString error;
    QVERIFY(ReferenceLadders::load(&ladders, &error));
    const CareerLadder &product = ladders.at(1);
    QList<BandComparison::Entry> entries;
    for (const CareerLevel &level : product.levels)
        entries.append(BandComparison::entryFor(level.title, level.band(SalaryBand::Kind::TotalCompensation)));
    const QList<BandComparison::Step> steps = BandComparison::steps(entries);
    // Total compensation: PM $140k-$180k (mid $160k), Senior $200k-$250k (mid $225k),
    // Principal $300k+ (floor). Senior over PM: +$65,000, +40.63%.
    QCOMPARE(steps[0].difference, std::optional<qint64>(6'500'000));
    QCOMPARE(steps[0].basisPoints, std::optional<int>(4063));
    QCOMPARE(int(steps[0].certainty), int(BandComparison::Certainty::Exact));
    // Principal over Senior: at least +$75,000 (+33.33%), since $300k+ has no top.
    QCOMPARE(steps[1].difference, std::optional<qint64>(7'500'000));
    QCOMPARE(steps[1].basisPoints, std::optional<int>(3333));
    QCOMPARE(int(steps[1].certainty), int(BandComparison::Certainty::AtLeast));
}

void TestBandComparison::otherCurrenciesOnlyThroughARate()
{
    SalaryBand euros = band(100'000, 120'000, false);
    euros.currency = QStringLiteral("EUR");
    const QList<BandComparison::Entry> stated
        = { BandComparison::entryFor(QStringLiteral("US"), band(100'000, 150'000, false)),
            BandComparison::entryFor(QStringLiteral("Berlin"), euros) };
    // Without a rate the euro band is taken out, and the reason names both.
    QList<BandComparison::Entry> entries = stated;
    BandComparison::Conversion conversion = BandComparison::toOneCurrency(&entries, CurrencyConverter());
    QVERIFY(!entries.at(1).band);
    QCOMPARE(entries.at(1).label, QStringLiteral("Berlin, in EUR"));
    QCOMPARE(conversion.problem,
             QStringLiteral("Berlin is in EUR and US in USD: add an exchange rate to compare them."));
    QVERIFY(!BandComparison::steps(entries).constFirst().difference);

    // At 1.1 dollars a euro: €100,000 – €120,000 is $110,000 – $132,000, midpoint $121,000,
    // so the step from the US band's $125,000 is -$4,000.
    entries = stated;
    const CurrencyConverter converter(
        { { 0, QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("1.1"), QDate(2026, 11, 1), {} } },
        QStringLiteral("USD"));
    conversion = BandComparison::toOneCurrency(&entries, converter);
    QVERIFY(conversion.problem.isEmpty());
    QCOMPARE(conversion.rates, QStringList { QStringLiteral("1.1 USD per EUR, your rate of 1 Nov 2026") });
    QCOMPARE(entries.at(1).band->currency, QStringLiteral("USD"));
    QCOMPARE(entries.at(1).band->minimum, 110'000LL * 100);
    QCOMPARE(*entries.at(1).band->maximum, 132'000LL * 100);
    QCOMPARE(entries.at(1).label, QStringLiteral("Berlin, ≈ converted from EUR"));
    QCOMPARE(BandComparison::steps(entries).constFirst().difference, std::optional<qint64>(-4'000LL * 100));
}

QTEST_GUILESS_MAIN(TestBandComparison)
#include "tst_bandcomparison.moc"
