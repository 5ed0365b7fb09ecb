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
    return true;
}

} // namespace careerplanner
