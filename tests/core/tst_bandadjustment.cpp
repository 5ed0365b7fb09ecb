// The user's location and business-unit multipliers on bands: arithmetic, labelling,
// limits, and that the plan keeps them.
#include "core/bands/BandAdjustment.h"
#include "core/ladders/LadderRepository.h"
#include "core/plan/PlanFactory.h"
#include "TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

namespace {

SalaryBand programManagerBand()
{
    SalaryBand band;
    band.minimum = 8'000'000;
    band.maximum = 15'000'000;
    band.openEnded = true;
    band.source
        = { QStringLiteral("000_10e17e3ef09caadb.txt"), QStringLiteral("Average Program Manager Salary Range") };
    return band;
}

} // namespace

class TestBandAdjustment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offByDefaultAndNeutralIsInactive();
    void scalesBothEndsAndSaysSo();
    void roundsEachStepToTheCent();
    void limits_data();
    void limits();
    void keptInThePlan();
};

void TestBandAdjustment::offByDefaultAndNeutralIsInactive()
{
    BandAdjustment adjustment;
    QVERIFY(!adjustment.enabled);
    adjustment.locationBasisPoints = 11'000;
    QVERIFY(!adjustment.isActive()); // set but switched off
    QCOMPARE(adjustment.apply(programManagerBand()), programManagerBand());
    adjustment.enabled = true;
    adjustment.locationBasisPoints = BandAdjustment::Neutral;
    QVERIFY(!adjustment.isActive()); // on but x1.00 everywhere
}

void TestBandAdjustment::scalesBothEndsAndSaysSo()
{
    BandAdjustment adjustment;
    adjustment.enabled = true;
    adjustment.locationLabel = QStringLiteral("Seattle");
    adjustment.locationBasisPoints = 11'000;
    adjustment.businessUnitLabel = QStringLiteral("AWS");
    adjustment.businessUnitBasisPoints = 10'500;
    const SalaryBand adjusted = adjustment.apply(programManagerBand());
    // $80,000 x 1.10 x 1.05 = $92,400; $150,000 x 1.10 x 1.05 = $173,250; still open.
    QCOMPARE(adjusted.minimum, 9'240'000);
    QCOMPARE(adjusted.maximum, std::optional<qint64>(17'325'000));
    QVERIFY(adjusted.openEnded);
    QCOMPARE(adjustment.describe(), QStringLiteral("location Seattle ×1.10, business unit AWS ×1.05"));
    QVERIFY(adjusted.source.section.startsWith(QStringLiteral("Adjusted by your assumptions")));
    QVERIFY(adjusted.source.section.endsWith(QStringLiteral("Average Program Manager Salary Range")));
}

void TestBandAdjustment::roundsEachStepToTheCent()
{
    BandAdjustment adjustment;
    adjustment.enabled = true;
    adjustment.locationBasisPoints = 10'333; // x1.0333
    adjustment.businessUnitBasisPoints = 9'750;
    SalaryBand band;
    band.minimum = 10'001; // $100.01
    band.maximum.reset();
    band.openEnded = true;
    // 10,001 x 1.0333 = 10,334.0333 -> 10,334; x 0.975 = 10,075.65 -> 10,076.
    QCOMPARE(adjustment.apply(band).minimum, 10'076);
    QVERIFY(!adjustment.apply(band).maximum);
}

void TestBandAdjustment::limits_data()
{
    QTest::addColumn<int>("location");
    QTest::addColumn<bool>("valid");
    QTest::newRow("x0.50") << 5'000 << true;
    QTest::newRow("x2.00") << 20'000 << true;
    QTest::newRow("x0.49") << 4'999 << false;
    QTest::newRow("x2.01") << 20'001 << false;
}

void TestBandAdjustment::limits()
{
    QFETCH(int, location);
    QFETCH(bool, valid);
    BandAdjustment adjustment;
    adjustment.locationBasisPoints = location;
    QCOMPARE(adjustment.validate().isEmpty(), valid);
}

void TestBandAdjustment::keptInThePlan()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.careerplan"));
    QString error;
    auto plan = PlanFactory::createWithReferenceLadders(path, &error);
    QVERIFY(plan);
    LadderRepository repository(*plan);
    QCOMPARE(repository.adjustment(), BandAdjustment()); // a new plan has none
    BandAdjustment adjustment;
    adjustment.enabled = true;
    adjustment.locationLabel = QStringLiteral("Berlin");
    adjustment.locationBasisPoints = 8'500;
    QVERIFY2(repository.setAdjustment(adjustment, &error), qPrintable(error));
    QCOMPARE(repository.adjustment(), adjustment);
    QCOMPARE(
        testfiles::queryValue(path, QStringLiteral("SELECT value FROM plan_info WHERE key = 'adjustment.location_bp'"))
            .toString(),
        QStringLiteral("8500"));
    adjustment.businessUnitBasisPoints = 30'000;
    const QByteArray before = testfiles::readBytes(path);
    QVERIFY(!repository.setAdjustment(adjustment, &error));
    QVERIFY(error.contains(QStringLiteral("×2.00")));
    QCOMPARE(testfiles::readBytes(path), before);
}

QTEST_GUILESS_MAIN(TestBandAdjustment)
#include "tst_bandadjustment.moc"
