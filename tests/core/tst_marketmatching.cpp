// Market reports to ladder levels, by the rules the issue names: companies whatever their
// case and spacing, and through aliases; the title's job family picks the ladder; the level
// field picks the level by its code (the ladder's own company only), else by its titles;
// a title that is a level's title gives both; years of experience give an estimate, or
// nothing where two levels could be meant; the user's corrections come first, are kept in
// the plan and undone like any edit. Then the filters of a distribution.
#include "core/ladders/ReferenceLadders.h"
#include "core/market/MarketDistribution.h"
#include "core/market/MarketKeys.h"
#include "core/market/MarketTable.h"
#include "core/market/MarketTitleGroups.h"
#include "core/plan/PlanSession.h"

#include "PlanFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace careerplanner;

class TestMarketMatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keysFoldCaseSpacesAndAbbreviations();
    void companiesAreOneWhateverTheirCaseAndThroughAliases();
    void levelCodesCountForTheLaddersOwnCompanyOnly();
    void levelTitlesAndOtherTitles();
    void aTitleThatIsALevelsTitleGivesBoth();
    void yearsOfExperienceGiveAnEstimateOrNothing();
    void correctionsComeFirstAndAreUndoneLikeAnyEdit();
    void filtersChooseTheReports();
    void titlesGroupAsTheirCorrectionsDo();

private:
    // The title of the level a report matches, "" if none; "~" before it if estimated.
    QString matched(const MarketMatcher &matcher, const QString &company, const QString &title, const QString &level,
                    std::optional<double> years = std::nullopt) const;

    QList<CareerLadder> m_ladders;
};

void TestMarketMatching::initTestCase()
{
    QString error;
    QVERIFY2(ReferenceLadders::load(&m_ladders, &error), qPrintable(error));
}

QString TestMarketMatching::matched(const MarketMatcher &matcher, const QString &company, const QString &title,
                                    const QString &level, std::optional<double> years) const
{
    const MarketMatcher::Match match = matcher.match(company, title, level, years);
    if (!match.matched())
        return QString();
    const QString name = m_ladders.at(match.ladder).levels.at(match.level).title;
    return match.estimated ? QLatin1Char('~') + name : name;
}

void TestMarketMatching::keysFoldCaseSpacesAndAbbreviations()
{
    QCOMPARE(MarketKeys::fold(QStringLiteral("  AMAZON   Web  Services ")), QStringLiteral("amazon web services"));
    QCOMPARE(MarketKeys::title(QStringLiteral("Sr. Program Mgr")), QStringLiteral("senior program manager"));
    QCOMPARE(MarketKeys::family(QStringLiteral("Sr. Technical Program Manager II")),
             QStringLiteral("technical program manager"));
    QCOMPARE(MarketKeys::family(QStringLiteral("Principal Product Manager - L7")), QStringLiteral("product manager"));
}

void TestMarketMatching::companiesAreOneWhateverTheirCaseAndThroughAliases()
{
    MarketCorrections corrections;
    corrections.aliases.append({ 0, QStringLiteral("aws"), QStringLiteral("Amazon") });
    const MarketMatcher matcher(m_ladders, corrections);
    for (const char *name : { "Amazon", "amazon ", "AMAZON", "  Amazon", "AWS", "aws " })
        QCOMPARE(matcher.companyKey(QLatin1String(name)), QStringLiteral("amazon"));
    QCOMPARE(matcher.companyKey(QStringLiteral("Amazon Web Services")), QStringLiteral("amazon web services"));
    // The alias reaches the level codes too: AWS's L6 is Amazon's.
    QCOMPARE(matched(matcher, QStringLiteral("AWS"), QStringLiteral("Product Manager"), QStringLiteral("L6")),
             QStringLiteral("Senior Product Manager"));
}

void TestMarketMatching::levelCodesCountForTheLaddersOwnCompanyOnly()
{
    const MarketMatcher matcher(m_ladders, {});
    QCOMPARE(matched(matcher, QStringLiteral("amazon"), QStringLiteral("Product Manager"), QStringLiteral("l6")),
             QStringLiteral("Senior Product Manager"));
    // Google's L6 is not Amazon's, and no other rule places it without years.
    const MarketMatcher::Match google
        = matcher.match(QStringLiteral("Google"), QStringLiteral("Product Manager"), QStringLiteral("L6"), {});
    QVERIFY(!google.matched());
    QCOMPARE(m_ladders.at(google.ladder).name, QStringLiteral("Product Management")); // the family still counts
    // A ladder of the user's own, with no company, takes any company's codes.
    QList<CareerLadder> ladders = m_ladders;
    CareerLadder own;
    own.name = QStringLiteral("Data Science");
    own.levels.resize(2);
    own.levels[0].title = QStringLiteral("Data Scientist");
    own.levels[0].levelCode = QStringLiteral("E4");
    own.levels[1].title = QStringLiteral("Senior Data Scientist");
    own.levels[1].levelCode = QStringLiteral("E5");
    ladders.append(own);
    const MarketMatcher withOwn(ladders, {});
    const MarketMatcher::Match meta
        = withOwn.match(QStringLiteral("Meta"), QStringLiteral("Data Scientist"), QStringLiteral("E5"), {});
    QCOMPARE(meta.ladder, int(ladders.size()) - 1);
    QCOMPARE(meta.level, 1);
    QCOMPARE(withOwn.familyTitle(meta.ladder), QStringLiteral("Data Scientist"));
}

void TestMarketMatching::levelTitlesAndOtherTitles()
{
    const MarketMatcher matcher(m_ladders, {});
    QCOMPARE(
        matched(matcher, QStringLiteral("Initech"), QStringLiteral("Product Manager"), QStringLiteral("Senior PM")),
        QStringLiteral("Senior Product Manager"));
    QCOMPARE(matched(matcher, QStringLiteral("Initech"), QStringLiteral("Product Manager"), QStringLiteral("PM II")),
             QStringLiteral("Product Manager"));
    QCOMPARE(matched(matcher, QStringLiteral("Initech"), QStringLiteral("Program Manager"),
                     QStringLiteral("Group Program Manager")),
             QStringLiteral("Program Management Leader"));
    QCOMPARE(matcher.familyTitle(matcher.ladderOfFamily(QStringLiteral("Senior Program Manager"))),
             QStringLiteral("Program Manager"));
    QCOMPARE(matcher.ladderOfFamily(QStringLiteral("Software Engineer")), -1);
    QCOMPARE(matched(matcher, QStringLiteral("Initech"), QStringLiteral("Software Engineer"), QStringLiteral("Senior")),
             QString());
}

void TestMarketMatching::aTitleThatIsALevelsTitleGivesBoth()
{
    // As in the H-1B files: no level field, the level in the title.
    const MarketMatcher matcher(m_ladders, {});
    QCOMPARE(matched(matcher, QStringLiteral("Contoso"), QStringLiteral("Sr. Program Manager"), QString()),
             QStringLiteral("Senior Program Manager"));
    QCOMPARE(matched(matcher, QStringLiteral("Contoso"), QStringLiteral("TPM"), QString()),
             QStringLiteral("Technical Program Manager"));
    QCOMPARE(matched(matcher, QStringLiteral("Contoso"), QStringLiteral("Director of Program Management"), QString()),
             QStringLiteral("Director of Program Management"));
}

void TestMarketMatching::yearsOfExperienceGiveAnEstimateOrNothing()
{
    const MarketMatcher matcher(m_ladders, {});
    // Product Management asks 2-5 years of a Product Manager, 5+ of a Senior, 8-10+ of a
    // Principal. A level field none of its levels knows is no level.
    const auto byYears = [&](double years) {
        return matched(matcher, QStringLiteral("Initech"), QStringLiteral("Product Manager"), QStringLiteral("Band 3"),
                       years);
    };
    QCOMPARE(byYears(3), QStringLiteral("~Product Manager"));
    QCOMPARE(matched(matcher, QStringLiteral("Google"), QStringLiteral("Product Manager"), QStringLiteral("L5"), 6.5),
             QStringLiteral("~Senior Product Manager"));
    QCOMPARE(byYears(5), QString()); // Product Manager or Senior
    QCOMPARE(byYears(9), QString()); // Senior or Principal
    QCOMPARE(byYears(1), QString()); // below every range
    // Without a level field, a title that is a level's own title is that level, not an estimate.
    QCOMPARE(matched(matcher, QStringLiteral("Initech"), QStringLiteral("Product Manager"), QString(), 9),
             QStringLiteral("Product Manager"));
}

void TestMarketMatching::correctionsComeFirstAndAreUndoneLikeAnyEdit()
{
    testfiles::PlanFixture files;
    QVERIFY2(files.reset(testfiles::PlanFixture::Content::ReferenceLadders), qPrintable(files.error()));
    QString error;
    std::unique_ptr<PlanSession> session = PlanSession::open(files.plan(), &error);
    QVERIFY2(session, qPrintable(error));
    MarketStore &market = session->marketStore();
    QSignalSpy recorded(session.get(), &PlanSession::editRecorded);
    const auto senior = [&] {
        return market.matcher()
            .match(QStringLiteral("Initech"), QStringLiteral("Product Lead"), QStringLiteral("Band 5"), {})
            .level;
    };
    QCOMPARE(senior(), -1);
    QVERIFY2(market.saveMatch({ 0, QStringLiteral(" PRODUCT lead"), QStringLiteral("band 5"),
                                QStringLiteral("Product Management"), QStringLiteral("Senior Product Manager") },
                              &error),
             qPrintable(error));
    QCOMPARE(senior(), 1);
    QVERIFY(market.matcher()
                .match(QStringLiteral("Initech"), QStringLiteral("Product Lead"), QStringLiteral("Band 5"), {})
                .corrected);
    // Saved again, the match replaces the earlier one: to none, where the rules would place it.
    QVERIFY2(market.saveMatch({ 0, QStringLiteral("product manager"), QStringLiteral("senior pm"), {}, {} }, &error),
             qPrintable(error));
    QCOMPARE(market.matcher()
                 .match(QStringLiteral("Initech"), QStringLiteral("Product Manager"), QStringLiteral("Senior PM"), {})
                 .level,
             -1);
    QCOMPARE(market.corrections().matches.size(), 2);
    QVERIFY(!market.saveMatch({ 0, QString(), QString(), {}, {} }, &error));
    QVERIFY2(market.saveAlias({ 0, QStringLiteral("AWS"), QStringLiteral("Amazon") }, &error), qPrintable(error));
    QCOMPARE(market.matcher().companyKey(QStringLiteral("aws")), QStringLiteral("amazon"));
    QCOMPARE(recorded.count(), 3);
    QCOMPARE(recorded.at(2).at(0).toString(), QStringLiteral("Call AWS Amazon"));

    // Undone, the alias is gone and the first match is back to the rules' answer.
    PlanUndoLog::Range redo;
    for (int i = 2; i >= 0; --i)
        QVERIFY2(session->replayEdit({ recorded.at(i).at(1).toLongLong(), recorded.at(i).at(2).toLongLong() }, &redo,
                                     &error),
                 qPrintable(error));
    QCOMPARE(market.corrections().aliases.size(), 0);
    QCOMPARE(market.corrections().matches.size(), 0);
    QCOMPARE(senior(), -1);

    // A level renamed since: its match is left to the rules rather than lost or wrong.
    QVERIFY(market.saveMatch({ 0, QStringLiteral("product lead"), QStringLiteral("band 5"),
                               QStringLiteral("Product Management"), QStringLiteral("Staff Product Manager") },
                             &error));
    QCOMPARE(senior(), -1);
}

void TestMarketMatching::filtersChooseTheReports()
{
    const MarketMatcher matcher(m_ladders, {});
    MarketTable table;
    const auto add = [&](const char *company, const char *location, double years, QDate date, qint64 total) {
        MarketReport report;
        report.company = QLatin1String(company);
        report.title = QStringLiteral("Product Manager");
        report.level = QStringLiteral("Senior PM");
        report.location = QLatin1String(location);
        report.yearsOfExperience = years;
        report.date = date;
        report.total = total;
        table.append(report);
    };
    add("Amazon", "Seattle, WA", 6, QDate(2024, 1, 10), 100);
    add("amazon", "Seattle, WA", 8, QDate(2024, 6, 10), 200);
    add("Amazon", "New York, NY", 10, QDate(2025, 1, 10), 300);
    add("Google", "seattle", 6, QDate(2025, 6, 10), 400);
    const QList<MarketMatcher::Match> matches = matcher.matchAll(table);
    QCOMPARE(matches.size(), 4);
    const auto totals = [&](const MarketFilter &filter) {
        return MarketDistribution::compute(table, matches, matcher, filter, {}).all.total;
    };
    MarketFilter filter;
    filter.ladder = matcher.ladderOfFamily(QStringLiteral("Product Manager"));
    QCOMPARE(totals(filter), (QList<qint64> { 100, 200, 300, 400 }));
    filter.company = QStringLiteral(" AMAZON");
    QCOMPARE(totals(filter), (QList<qint64> { 100, 200, 300 }));
    filter.locationContains = QStringLiteral("SEATTLE");
    QCOMPARE(totals(filter), (QList<qint64> { 100, 200 }));
    filter.company.clear();
    QCOMPARE(totals(filter), (QList<qint64> { 100, 200, 400 }));
    filter.yearsFrom = 7;
    QCOMPARE(totals(filter), (QList<qint64> { 200 }));
    filter = MarketFilter();
    filter.ladder = matcher.ladderOfFamily(QStringLiteral("Product Manager"));
    filter.yearsTo = 8;
    filter.from = QDate(2024, 6, 10);
    filter.to = QDate(2025, 6, 10);
    QCOMPARE(totals(filter), (QList<qint64> { 200, 400 }));
    const MarketDistribution all = MarketDistribution::compute(table, matches, matcher, filter, {});
    QCOMPARE(all.levels.size(), 1);
    QVERIFY(!all.levels.constFirst().totalSummary.enough()); // "too few reports"
    QVERIFY(!all.levels.constFirst().totalSummary.p50);
}

void TestMarketMatching::titlesGroupAsTheirCorrectionsDo()
{
    const MarketMatcher matcher(m_ladders, {});
    MarketTable table;
    const auto add = [&](const char *company, const char *title, const char *level, std::optional<double> years) {
        MarketReport report;
        report.company = QLatin1String(company);
        report.title = QLatin1String(title);
        report.level = QLatin1String(level);
        report.yearsOfExperience = years;
        report.total = 100;
        table.append(report);
    };
    // Spelt two ways, one group; Google's L6 is not Amazon's, so one of the four is unmatched.
    add("Amazon", "Product Manager", "L6", {});
    add("Amazon", "product manager ", "l6", {});
    add("Amazon", "PRODUCT MANAGER", "L6", {});
    add("Google", "Product Manager", "L6", {});
    for (int i = 0; i < 5; ++i)
        add("Initech", "Senior Product Manager", "", {});
    add("Initech", "Widget Wrangler", "", 3);
    const QList<MarketTitleGroup> groups = MarketTitleGroups::of(table, matcher.matchAll(table));
    QCOMPARE(groups.size(), 3);
    // Those with unmatched reports first, then by size.
    QCOMPARE(groups.at(0).title, QStringLiteral("Product Manager"));
    QCOMPARE(groups.at(0).titleKey, QStringLiteral("product manager"));
    QCOMPARE(groups.at(0).levelKey, QStringLiteral("l6"));
    QCOMPARE(groups.at(0).reports, 4);
    QCOMPARE(groups.at(0).unmatched, 1);
    QCOMPARE(groups.at(0).toThatLevel, 3);
    QCOMPARE(m_ladders.at(groups.at(0).ladder).levels.at(groups.at(0).matchedLevel).title,
             QStringLiteral("Senior Product Manager"));
    QCOMPARE(groups.at(1).title, QStringLiteral("Widget Wrangler"));
    QCOMPARE(groups.at(1).ladder, -1);
    QCOMPARE(groups.at(1).unmatched, 1);
    QCOMPARE(groups.at(2).reports, 5);
    QCOMPARE(groups.at(2).unmatched, 0);
    QCOMPARE(groups.at(2).estimated, 0);
}

QTEST_GUILESS_MAIN(TestMarketMatching)
#include "tst_marketmatching.moc"
