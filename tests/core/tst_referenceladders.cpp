// The shipped reference ladders against our own, separate transcription of every figure
// and fact in the seed guides. A slip in either the data file or this table shows up.
#include "core/ladders/CareerLadder.h"
#include "core/ladders/ReferenceLadders.h"

#include <QTest>

using namespace careerplanner;

namespace {

const QString ProgramSeed = QStringLiteral("000_10e17e3ef09caadb.txt");
const QString ProductSeed = QStringLiteral("001_80d18dccf2e7f0d7.txt");
const QString TpmSeed = QStringLiteral("002_2b6771d2dc4f01d4.txt");

const CareerLadder *findLadder(const QList<CareerLadder> &ladders, const QString &name)
{
    for (const CareerLadder &ladder : ladders) {
        if (ladder.name == name)
            return &ladder;
    }
    return nullptr;
}

const CareerLevel *findLevel(const QList<CareerLadder> &ladders, const QString &ladderName, const QString &title)
{
    const CareerLadder *ladder = findLadder(ladders, ladderName);
    if (!ladder)
        return nullptr;
    for (const CareerLevel &level : ladder->levels) {
        if (level.title == title)
            return &level;
    }
    return nullptr;
}

} // namespace

class TestReferenceLadders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ladderOrder_data();
    void ladderOrder();
    void bands_data();
    void bands();
    void noInventedBands();
    void years_data();
    void years();
    void levelCodes();
    void leaderBranches();
    void chiefProgramOfficerIsLessCommon();
    void tpmInterviewStages();
    void everyFigureHasASource();
    void seedFactsInNotes_data();
    void seedFactsInNotes();

private:
    QList<CareerLadder> m_ladders;
};

void TestReferenceLadders::initTestCase()
{
    QString error;
    QVERIFY2(ReferenceLadders::load(&m_ladders, &error), qPrintable(error));
    QCOMPARE(m_ladders.size(), 3);
}

void TestReferenceLadders::ladderOrder_data()
{
    QTest::addColumn<QString>("ladder");
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("program") << QStringLiteral("Program Management") << ProgramSeed
                             << QStringList { QStringLiteral("Associate Program Manager"),
                                              QStringLiteral("Program Manager"),
                                              QStringLiteral("Senior Program Manager"),
                                              QStringLiteral("Program Management Leader"),
                                              QStringLiteral("Director of Program Management"),
                                              QStringLiteral("Vice President of Program Management"),
                                              QStringLiteral("Chief Program Officer") };
    QTest::newRow("product") << QStringLiteral("Product Management") << ProductSeed
                             << QStringList { QStringLiteral("Product Manager"),
                                              QStringLiteral("Senior Product Manager"),
                                              QStringLiteral("Principal Product Manager") };
    QTest::newRow("tpm") << QStringLiteral("Technical Program Management") << TpmSeed
                         << QStringList { QStringLiteral("Technical Program Manager") };
}

void TestReferenceLadders::ladderOrder()
{
    QFETCH(QString, ladder);
    QFETCH(QString, seed);
    QFETCH(QStringList, titles);
    const CareerLadder *found = findLadder(m_ladders, ladder);
    QVERIFY(found);
    QVERIFY(found->reference);
    QCOMPARE(found->company, QStringLiteral("Amazon"));
    QCOMPARE(found->source.file, seed);
    QStringList actual;
    for (const CareerLevel &level : found->levels)
        actual.append(level.title);
    QCOMPARE(actual, titles);
}

void TestReferenceLadders::bands_data()
{
    // Transcribed by hand from the seeds. max -1: the seed states no top ("$200,000+").
    QTest::addColumn<QString>("ladder");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("minDollars");
    QTest::addColumn<qint64>("maxDollars");
    QTest::addColumn<bool>("openEnded");
    QTest::addColumn<QString>("seed");

    const QString pg = QStringLiteral("Program Management");
    const QString base = QStringLiteral("base");
    const QString total = QStringLiteral("total");
    QTest::newRow("APM") << pg << QStringLiteral("Associate Program Manager") << base << 60000LL << 120000LL << false
                         << ProgramSeed;
    QTest::newRow("PM") << pg << QStringLiteral("Program Manager") << base << 80000LL << 150000LL << true
                        << ProgramSeed;
    QTest::newRow("Senior PgM") << pg << QStringLiteral("Senior Program Manager") << base << 110000LL << 200000LL
                                << true << ProgramSeed;
    QTest::newRow("Leader") << pg << QStringLiteral("Program Management Leader") << base << 130000LL << 260000LL << true
                            << ProgramSeed;
    QTest::newRow("Director") << pg << QStringLiteral("Director of Program Management") << base << 150000LL << 300000LL
                              << true << ProgramSeed;
    QTest::newRow("VP") << pg << QStringLiteral("Vice President of Program Management") << base << 200000LL << 350000LL
                        << true << ProgramSeed;
    QTest::newRow("CPO") << pg << QStringLiteral("Chief Program Officer") << base << 250000LL << 400000LL << true
                         << ProgramSeed;

    const QString pd = QStringLiteral("Product Management");
    QTest::newRow("PM I/II base") << pd << QStringLiteral("Product Manager") << base << 110000LL << 140000LL << false
                                  << ProductSeed;
    QTest::newRow("PM I/II total") << pd << QStringLiteral("Product Manager") << total << 140000LL << 180000LL << false
                                   << ProductSeed;
    QTest::newRow("Senior PM base") << pd << QStringLiteral("Senior Product Manager") << base << 150000LL << 180000LL
                                    << false << ProductSeed;
    QTest::newRow("Senior PM total") << pd << QStringLiteral("Senior Product Manager") << total << 200000LL << 250000LL
                                     << false << ProductSeed;
    QTest::newRow("PPM base") << pd << QStringLiteral("Principal Product Manager") << base << 200000LL << -1LL << true
                              << ProductSeed;
    QTest::newRow("PPM total") << pd << QStringLiteral("Principal Product Manager") << total << 300000LL << -1LL << true
                               << ProductSeed;
}

void TestReferenceLadders::bands()
{
    QFETCH(QString, ladder);
    QFETCH(QString, level);
    QFETCH(QString, kind);
    QFETCH(qint64, minDollars);
    QFETCH(qint64, maxDollars);
    QFETCH(bool, openEnded);
    QFETCH(QString, seed);

    const CareerLevel *found = findLevel(m_ladders, ladder, level);
    QVERIFY(found);
    const auto band = found->band(*SalaryBand::kindFromKey(kind));
    QVERIFY(band);
    QCOMPARE(band->minimum, minDollars * 100);
    if (maxDollars < 0)
        QVERIFY(!band->maximum);
    else
        QCOMPARE(band->maximum, std::optional<qint64>(maxDollars * 100));
    QCOMPARE(band->openEnded, openEnded);
    QCOMPARE(band->currency, QStringLiteral("USD"));
    QCOMPARE(band->source.file, seed);
}

void TestReferenceLadders::noInventedBands()
{
    // 7 Program Management bands, 6 Product Management bands, none for TPM: the seeds
    // state no more, and nothing may be made up.
    int count = 0;
    for (const CareerLadder &ladder : m_ladders) {
        for (const CareerLevel &level : ladder.levels)
            count += static_cast<int>(level.bands.size());
    }
    QCOMPARE(count, 13);
    QVERIFY(findLevel(m_ladders, QStringLiteral("Technical Program Management"),
                      QStringLiteral("Technical Program Manager"))
                ->bands.isEmpty());
    // The program guide gives base salaries only.
    for (const CareerLevel &level : findLadder(m_ladders, QStringLiteral("Program Management"))->levels)
        QVERIFY(!level.band(SalaryBand::Kind::TotalCompensation));
}

void TestReferenceLadders::years_data()
{
    // (min, max or -1, open) for time at level and for experience asked; -2: none given.
    QTest::addColumn<QString>("ladder");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QList<int>>("atLevel");
    QTest::addColumn<QList<int>>("experience");
    const QString pg = QStringLiteral("Program Management");
    const QString pd = QStringLiteral("Product Management");
    const QList<int> none { -2, -2, 0 };
    QTest::newRow("APM about 2 years") << pg << QStringLiteral("Associate Program Manager") << QList<int> { 2, 2, 0 }
                                       << none;
    QTest::newRow("PM 3-5 years, 3+ experience")
        << pg << QStringLiteral("Program Manager") << QList<int> { 3, 5, 0 } << QList<int> { 3, -1, 1 };
    QTest::newRow("Director 12+") << pg << QStringLiteral("Director of Program Management") << none
                                  << QList<int> { 12, -1, 1 };
    QTest::newRow("PM I/II 2-5") << pd << QStringLiteral("Product Manager") << none << QList<int> { 2, 5, 0 };
    QTest::newRow("Senior PM 5+") << pd << QStringLiteral("Senior Product Manager") << none << QList<int> { 5, -1, 1 };
    QTest::newRow("PPM 8-10+") << pd << QStringLiteral("Principal Product Manager") << none << QList<int> { 8, 10, 1 };
}

void TestReferenceLadders::years()
{
    QFETCH(QString, ladder);
    QFETCH(QString, level);
    QFETCH(QList<int>, atLevel);
    QFETCH(QList<int>, experience);
    const CareerLevel *found = findLevel(m_ladders, ladder, level);
    QVERIFY(found);
    const auto expect = [](const QList<int> &row) {
        YearRange range;
        if (row[0] != -2)
            range.minimum = row[0];
        if (row[1] >= 0)
            range.maximum = row[1];
        range.openEnded = row[2] != 0;
        return range;
    };
    QCOMPARE(found->yearsAtLevel, expect(atLevel));
    QCOMPARE(found->experienceYears, expect(experience));
}

void TestReferenceLadders::levelCodes()
{
    // Only one seed gives an Amazon level code: Senior Product Manager is L6.
    for (const CareerLadder &ladder : m_ladders) {
        for (const CareerLevel &level : ladder.levels) {
            const QString expected
                = level.title == QLatin1String("Senior Product Manager") ? QStringLiteral("L6") : QString();
            QCOMPARE(level.levelCode, expected);
        }
    }
    const CareerLevel *pm
        = findLevel(m_ladders, QStringLiteral("Product Management"), QStringLiteral("Product Manager"));
    QVERIFY(pm->alternativeTitles.contains(QStringLiteral("PM I")));
    QVERIFY(pm->alternativeTitles.contains(QStringLiteral("PM II")));
}

void TestReferenceLadders::leaderBranches()
{
    const CareerLevel *leader
        = findLevel(m_ladders, QStringLiteral("Program Management"), QStringLiteral("Program Management Leader"));
    QVERIFY(leader);
    QCOMPARE(leader->branches.size(), 2);
    QCOMPARE(leader->branches[0].title, QStringLiteral("Group Program Manager"));
    QCOMPARE(leader->branches[0].path, QStringLiteral("management"));
    QCOMPARE(leader->branches[1].title, QStringLiteral("Principal Program Manager"));
    QCOMPARE(leader->branches[1].path, QStringLiteral("individual-contributor"));
    // Each branch carries what the guide says it asks, not only a title: the
    // individual-contributor branch takes the most complex, strategic programs without a
    // large team, and is where many people stay.
    const LevelBranch &individual = leader->branches[1];
    QCOMPARE(individual.expectations.size(), 3);
    QVERIFY(individual.expectations.join(QLatin1Char(' ')).contains(QStringLiteral("complex and strategic")));
    QVERIFY(individual.expectations.join(QLatin1Char(' ')).contains(QStringLiteral("without directly managing")));
    QVERIFY(individual.expectations.join(QLatin1Char(' ')).contains(QStringLiteral("choose to stay")));
    QCOMPARE(individual.milestones.size(), 3);
    QCOMPARE(leader->branches[0].milestones.size(), 2);
    QVERIFY(leader->branches[0].expectations.constFirst().contains(QStringLiteral("team of program managers")));
}

void TestReferenceLadders::chiefProgramOfficerIsLessCommon()
{
    for (const CareerLevel &level : findLadder(m_ladders, QStringLiteral("Program Management"))->levels)
        QCOMPARE(level.lessCommon, level.title == QLatin1String("Chief Program Officer"));
}

void TestReferenceLadders::tpmInterviewStages()
{
    // Recruiter screen about half an hour; phone interview one hour in three 20-minute
    // parts; onsite rounds one hour each.
    const CareerLadder *tpm = findLadder(m_ladders, QStringLiteral("Technical Program Management"));
    QVERIFY(tpm);
    QCOMPARE(tpm->interviewStages.size(), 3);
    QCOMPARE(tpm->interviewStages[0].durationMinutes, std::optional<int>(30));
    QCOMPARE(tpm->interviewStages[1].durationMinutes, std::optional<int>(60));
    QVERIFY(tpm->interviewStages[1].format.contains(QStringLiteral("three 20-minute parts")));
    QCOMPARE(tpm->interviewStages[2].durationMinutes, std::optional<int>(60));
    QVERIFY(tpm->notes.join(QLatin1Char(' ')).contains(QStringLiteral("14 Leadership Principles")));
}

void TestReferenceLadders::everyFigureHasASource()
{
    const QStringList seeds { ProgramSeed, ProductSeed, TpmSeed };
    for (const CareerLadder &ladder : m_ladders) {
        QVERIFY(seeds.contains(ladder.source.file));
        for (const CareerLevel &level : ladder.levels) {
            QVERIFY2(seeds.contains(level.source.file), qPrintable(level.title));
            QVERIFY(!level.source.section.isEmpty());
            for (const SalaryBand &band : level.bands) {
                QCOMPARE(band.source.file, ladder.source.file);
                QVERIFY(band.source.section.contains(QStringLiteral("Salary")));
            }
        }
    }
}

void TestReferenceLadders::seedFactsInNotes_data()
{
    // Figures that are not bands but that the seeds state.
    QTest::addColumn<QString>("ladder");
    QTest::addColumn<QString>("fact");
    const QString pd = QStringLiteral("Product Management");
    QTest::newRow("industry range") << pd << QStringLiteral("$150,000 - $300,000+");
    QTest::newRow("L6 and up") << pd << QStringLiteral("from L6 upward");
    QTest::newRow("RSUs over four years") << pd << QStringLiteral("four years");
    QTest::newRow("16 principles") << pd << QStringLiteral("16 Leadership Principles");
    QTest::newRow("thank-you in 24 hours") << pd << QStringLiteral("24 hours");
    QTest::newRow("decision in 1-2 weeks") << pd << QStringLiteral("one to two weeks");
    QTest::newRow("one-page prompt") << pd << QStringLiteral("one-page");
    QTest::newRow("thousands of APM applicants")
        << QStringLiteral("Program Management") << QStringLiteral("thousands apply each year");
    QTest::newRow("annual career talk") << QStringLiteral("Program Management")
                                        << QStringLiteral("at least once a year");
}

void TestReferenceLadders::seedFactsInNotes()
{
    QFETCH(QString, ladder);
    QFETCH(QString, fact);
    const CareerLadder *found = findLadder(m_ladders, ladder);
    QVERIFY(found);
    QStringList texts = found->notes;
    for (const InterviewStage &stage : found->interviewStages)
        texts << stage.format << stage.topics;
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(fact), qPrintable(fact));
}

QTEST_GUILESS_MAIN(TestReferenceLadders)
#include "tst_referenceladders.moc"
