#include "SamplePlan.h"

#include "ReferenceLadders.h"

namespace careerplanner {

namespace {

SalaryBand userBand(SalaryBand::Kind kind, qint64 minimumDollars, qint64 maximumDollars)
{
    SalaryBand band;
    band.kind = kind;
    band.minimum = minimumDollars * 100;
    band.maximum = maximumDollars * 100;
    band.source = {QString(), QStringLiteral("Sample: from a recruiter call, entered by the user")};
    return band;
}

CareerLevel userLevel(const QString &title, const QString &code, qint64 baseMin, qint64 baseMax,
                      qint64 totalMin, qint64 totalMax)
{
    CareerLevel level;
    level.title = title;
    level.levelCode = code;
    level.bands = {userBand(SalaryBand::Kind::Base, baseMin, baseMax),
                   userBand(SalaryBand::Kind::TotalCompensation, totalMin, totalMax)};
    level.source = {QString(), QStringLiteral("Sample: entered by the user")};
    return level;
}

} // namespace

bool SamplePlan::build(PlanContent *content, QString *error)
{
    if (!ReferenceLadders::load(&content->ladders, error))
        return false;
    content->name = QStringLiteral("Sample plan: Jordan Rivera");

    // Jordan is a Program Manager comparing an outside company's ladder with Amazon's.
    // These figures are the sample person's own notes, not data from the guides.
    CareerLadder other;
    other.name = QStringLiteral("Northwind Logistics – Program Management");
    other.company = QStringLiteral("Northwind Logistics");
    other.description = QStringLiteral("A ladder the sample user typed in from a recruiter call, "
                                       "to compare an outside offer with the Amazon ladders.");
    other.source = {QString(), QStringLiteral("Sample: entered by the user")};
    other.notes = {QStringLiteral("Recruiter said bands are reviewed every April.")};
    other.levels = {userLevel(QStringLiteral("Program Manager II"), QStringLiteral("P2"), 95'000, 130'000,
                              110'000, 150'000),
                    userLevel(QStringLiteral("Senior Program Manager"), QStringLiteral("P3"), 125'000, 165'000,
                              150'000, 210'000),
                    userLevel(QStringLiteral("Staff Program Manager"), QStringLiteral("P4"), 160'000, 205'000,
                              200'000, 280'000)};
    other.levels[0].responsibilities = {QStringLiteral("Runs one regional rollout end to end.")};
    content->ladders.append(other);

    // An Amazon-style offer against staying: sign-on in years 1 and 2 bridges the
    // back-loaded 5/15/40/40 vesting.
    PayPackage offer;
    offer.name = QStringLiteral("Amazon offer – Senior Program Manager");
    offer.kind = PayPackage::Kind::Offer;
    offer.baseSalary = 165'000 * 100;
    offer.annualRaiseBasisPoints = 300;
    offer.signOnYear1 = 60'000 * 100;
    offer.signOnYear2 = 45'000 * 100;
    offer.stockShares = 1'000;
    offer.stockPricePerShare = 180 * 100;
    offer.annualRefresherValue = 40'000 * 100;
    offer.stockGrowthBasisPoints = 800;
    content->payPackages.append(offer);

    PayPackage current;
    current.name = QStringLiteral("Current job – Northwind Program Manager II");
    current.kind = PayPackage::Kind::CurrentJob;
    current.baseSalary = 128'000 * 100;
    current.annualRaiseBasisPoints = 350;
    current.stockGrantValue = 20'000 * 100;
    current.vesting = VestingSchedule::fromYearlyPercentages({2500, 2500, 2500, 2500}, 1);
    current.annualRefresherValue = 10'000 * 100;
    current.stockGrowthBasisPoints = 500;
    current.yearlyBonus = 12'000 * 100;
    content->payPackages.append(current);

    const QString ladder = QStringLiteral("Program Management");
    const struct { int year; const char *level; qint64 base, bonus, stock; } history[] = {
        {2020, "Associate Program Manager", 82'000, 4'000, 0},
        {2021, "Associate Program Manager", 86'500, 5'000, 2'000},
        {2022, "Program Manager", 101'000, 6'000, 5'000},
        {2023, "Program Manager", 110'000, 8'000, 9'000},
        {2024, "Program Manager", 118'500, 9'500, 12'000},
        {2025, "Program Manager", 124'000, 11'000, 15'500},
    };
    for (const auto &year : history) {
        PayRecord record;
        record.year = year.year;
        record.ladderName = ladder;
        record.levelTitle = QString::fromLatin1(year.level);
        record.base = year.base * 100;
        record.bonus = year.bonus * 100;
        record.stockVested = year.stock * 100;
        content->payHistory.append(record);
    }
    // Jordan's guesses for a Seattle AWS team, kept switched off as every plan starts.
    content->adjustment.locationLabel = QStringLiteral("Seattle");
    content->adjustment.locationBasisPoints = 11'000;
    content->adjustment.businessUnitLabel = QStringLiteral("AWS");
    content->adjustment.businessUnitBasisPoints = 10'500;
    return true;
}

} // namespace careerplanner
