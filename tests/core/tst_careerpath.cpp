// The promotion path: defaults from the reference data, the rules a path must meet,
// readiness and overdue milestones, and scenarios stored independently of each other.
#include "core/path/PathPlanner.h"
#include "core/path/PathRepository.h"
#include "core/path/PathValidator.h"
#include "core/plan/PlanFactory.h"
#include "core/ladders/ReferenceLadders.h"
#include "TestFiles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

class TestCareerPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typicalTimeFromTheGuides_data();
    void typicalTimeFromTheGuides();
    void defaultPathToVicePresident();
    void milestonesSuggestedFromWhatItTakes();
    void aPathLaidOutNowHasNoMilestoneAlreadyLate();
    void productLadderFallsBackToPromotionCriteria();
    void aBranchBringsItsMilestones();
    void validation_data();
    void validation();
    void readinessAndOverdue();
    void storedScenariosAreIndependent();
    void invalidPathIsRefusedAndFileUnchanged();
    void milestoneUpdateAndPrimaryScenario();
    void profileAndPromotions();

private:
    Scenario planFromProgramManager() const;
    QList<CareerLadder> m_ladders;
};

void TestCareerPath::initTestCase()
{
    QString error;
    QVERIFY(ReferenceLadders::load(&m_ladders, &error));
}

Scenario TestCareerPath::planFromProgramManager() const
{
    return PathPlanner::buildPath(m_ladders[0], 1, QDate(2024, 1, 15), PathPlanner::defaultTarget(m_ladders[0]));
}

void TestCareerPath::typicalTimeFromTheGuides_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QList<int>>("months");
    QTest::addColumn<bool>("assumed");
    QTest::newRow("APM: about 2 years") << 0 << QList<int> { 24, 24, 24 } << false;
    QTest::newRow("Program Manager: 3-5 years") << 1 << QList<int> { 36, 48, 60 } << false;
    QTest::newRow("Senior: no figure, a guess to edit") << 2 << QList<int> { 24, 36, 60 } << true;
}

void TestCareerPath::typicalTimeFromTheGuides()
{
    QFETCH(int, level);
    QFETCH(QList<int>, months);
    QFETCH(bool, assumed);
    bool wasAssumed = false;
    const TimeAtLevel time = PathPlanner::typicalTime(m_ladders[0].levels[level], &wasAssumed);
    QCOMPARE(time, (TimeAtLevel { months[0], months[1], months[2] }));
    QCOMPARE(wasAssumed, assumed);
}

void TestCareerPath::defaultPathToVicePresident()
{
    const Scenario plan = planFromProgramManager();
    QStringList titles;
    for (const PathStep &step : plan.steps)
        titles.append(step.levelTitle);
    QCOMPARE(titles, (QStringList { "Program Manager", "Senior Program Manager", "Program Management Leader",
                                    "Director of Program Management", "Vice President of Program Management" }));
    // Program Manager for the most likely 4 years (3-5), then 3 years each (the guess).
    QCOMPARE(plan.steps[0].targetDate, QDate(2024, 1, 15));
    QCOMPARE(plan.steps[1].targetDate, QDate(2028, 1, 15));
    QCOMPARE(plan.steps[2].targetDate, QDate(2031, 1, 15));
    QCOMPARE(plan.steps[2].branch, QStringLiteral("management")); // Group Program Manager by default
    QVERIFY(plan.steps[1].branch.isEmpty());
    QVERIFY(PathValidator::validateScenario(plan, m_ladders).isEmpty());

    // From APM, about two years, so Program Manager two years after starting.
    const Scenario fromApm = PathPlanner::buildPath(m_ladders[0], 0, QDate(2025, 9, 1), 1);
    QCOMPARE(fromApm.steps[1].targetDate, QDate(2027, 9, 1));
}

void TestCareerPath::milestonesSuggestedFromWhatItTakes()
{
    const Scenario plan = planFromProgramManager();
    // Reaching Senior Program Manager: what the Program Manager level says it takes.
    const PathStep &senior = plan.steps[1];
    QCOMPARE(senior.milestones.size(), m_ladders[0].levels[1].toAdvance.size());
    QCOMPARE(senior.milestones[0].title, m_ladders[0].levels[1].toAdvance[0]);
    QVERIFY(senior.milestones[0].title.contains(QStringLiteral("frame problems")));
    QVERIFY(plan.steps[0].milestones.isEmpty()); // the level held now needs none
    // Due dates spread between the two steps, in order.
    for (int i = 0; i < senior.milestones.size(); ++i) {
        QVERIFY(senior.milestones[i].dueDate > plan.steps[0].targetDate);
        QVERIFY(senior.milestones[i].dueDate < senior.targetDate);
        if (i > 0)
            QVERIFY(senior.milestones[i].dueDate > senior.milestones[i - 1].dueDate);
    }
}

void TestCareerPath::aBranchBringsItsMilestones()
{
    // Program Manager to Program Management Leader on the individual-contributor branch.
    const CareerLadder &ladder = m_ladders[0];
    int leader = 0;
    while (ladder.levels.at(leader).branches.isEmpty())
        ++leader;
    Scenario plan
        = PathPlanner::buildPath(ladder, 1, QDate(2024, 1, 15), leader, QStringLiteral("individual-contributor"));
    QCOMPARE(plan.steps.size(), leader);
    PathStep &last = plan.steps.last();
    const LevelBranch &individual = ladder.levels.at(leader).branches.at(1);
    const LevelBranch &management = ladder.levels.at(leader).branches.at(0);
    const qsizetype asked = ladder.levels.at(leader - 1).toAdvance.size();
    QCOMPARE(last.milestones.size(), asked + individual.milestones.size());
    QCOMPARE(last.milestones.constLast().title, individual.milestones.constLast());

    // Moving to the management branch: a done branch milestone and one the user wrote stay,
    // the open ones of the old branch go, the new branch's come, before the promotion.
    last.milestones[asked].status = Milestone::Status::Done;
    last.milestones[asked].completedDate = QDate(2025, 1, 1);
    Milestone own;
    own.title = QStringLiteral("Speak at the internal summit");
    last.milestones.append(own);
    PathPlanner::changeBranch(plan, leader - 1, ladder.levels.at(leader), QStringLiteral("management"), false);
    QCOMPARE(last.branch, QStringLiteral("management"));
    QStringList titles;
    for (const Milestone &milestone : last.milestones)
        titles.append(milestone.title);
    QVERIFY(titles.contains(individual.milestones.at(0)));
    QVERIFY(!titles.contains(individual.milestones.at(1)));
    QVERIFY(titles.contains(own.title));
    QCOMPARE(titles.mid(titles.size() - management.milestones.size()), management.milestones);
    QVERIFY(last.milestones.constLast().dueDate < last.targetDate);
    QCOMPARE(last.milestones.size(), asked + 1 + 1 + management.milestones.size());
}

void TestCareerPath::aPathLaidOutNowHasNoMilestoneAlreadyLate()
{
    // Program Manager since January 2024, laid out in December 2026: the promotion is due
    // January 2028, so its milestones fall between today and then, none in the past.
    const QDate today(2026, 12, 2);
    const Scenario plan = PathPlanner::buildPath(m_ladders[0], 1, QDate(2024, 1, 15), 2, QString(), today);
    const PathStep &senior = plan.steps[1];
    QCOMPARE(senior.targetDate, QDate(2028, 1, 15));
    QVERIFY(!senior.milestones.isEmpty());
    for (const Milestone &milestone : senior.milestones) {
        QVERIFY2(milestone.dueDate > today && milestone.dueDate < senior.targetDate,
                 qPrintable(milestone.dueDate.toString(Qt::ISODate)));
    }
    // Without a day to lay out from, they spread from the start, as before.
    const Scenario unanchored = PathPlanner::buildPath(m_ladders[0], 1, QDate(2024, 1, 15), 2);
    QVERIFY(unanchored.steps[1].milestones.constFirst().dueDate < today);
}

void TestCareerPath::productLadderFallsBackToPromotionCriteria()
{
    const Scenario plan = PathPlanner::buildPath(m_ladders[1], 0, QDate(2025, 1, 1), 2);
    QCOMPARE(plan.steps[1].milestones.size(), m_ladders[1].promotionCriteria.size());
    QVERIFY(plan.steps[1].milestones[0].title.startsWith(QStringLiteral("Business impact")));
}

void TestCareerPath::validation_data()
{
    QTest::addColumn<int>("caseId");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("steps out of ladder order") << 0 << QStringLiteral("higher on the ladder");
    QTest::newRow("dates not increasing") << 1 << QStringLiteral("must come after");
    QTest::newRow("time range out of order") << 2 << QStringLiteral("fewest ≤ most likely ≤ most");
    QTest::newRow("branch on a level without branches") << 3 << QStringLiteral("no “management” branch");
    QTest::newRow("completion date on a planned milestone") << 4 << QStringLiteral("Only a milestone that is done");
    QTest::newRow("empty milestone title") << 5 << QStringLiteral("needs a title");
    QTest::newRow("no steps") << 6 << QStringLiteral("at least the level you hold now");
}

void TestCareerPath::validation()
{
    QFETCH(int, caseId);
    QFETCH(QString, messagePart);
    Scenario plan = planFromProgramManager();
    switch (caseId) {
    case 0:
        std::swap(plan.steps[2].levelTitle, plan.steps[3].levelTitle);
        plan.steps[2].branch.clear();
        break;
    case 1:
        plan.steps[3].targetDate = plan.steps[2].targetDate;
        break;
    case 2:
        plan.steps[1].timeAtLevel = { 40, 30, 50 };
        break;
    case 3:
        plan.steps[1].branch = QStringLiteral("management");
        break;
    case 4:
        plan.steps[1].milestones[0].completedDate = QDate(2025, 1, 1);
        break;
    case 5:
        plan.steps[1].milestones[0].title = QStringLiteral(" ");
        break;
    case 6:
        plan.steps.clear();
        break;
    }
    const QString message = PathValidator::validateScenario(plan, m_ladders);
    QVERIFY2(message.contains(messagePart), qPrintable(message));
}

void TestCareerPath::readinessAndOverdue()
{
    PathStep step;
    QVERIFY(!step.readiness()); // nothing to count
    const auto milestone = [](Milestone::Status status, const QDate &due) {
        Milestone m;
        m.title = QStringLiteral("m");
        m.status = status;
        m.dueDate = due;
        return m;
    };
    const QDate today(2026, 11, 22);
    step.milestones = { milestone(Milestone::Status::Done, QDate(2026, 1, 1)),
                        milestone(Milestone::Status::InProgress, QDate(2026, 11, 21)), // overdue
                        milestone(Milestone::Status::Planned, QDate(2026, 11, 22)), // due today: not yet
                        milestone(Milestone::Status::Planned, QDate(2025, 5, 1)), // overdue
                        milestone(Milestone::Status::Dropped, QDate(2020, 1, 1)) }; // neither counted nor late
    // 1 done of the 4 not dropped.
    QCOMPARE(*step.readiness(), 0.25);
    QCOMPARE(step.overdueCount(today), 2);
    step.milestones[1].status = Milestone::Status::Done;
    QCOMPARE(*step.readiness(), 0.5);
    QCOMPARE(step.overdueCount(today), 1);
}

void TestCareerPath::storedScenariosAreIndependent()
{
    QTemporaryDir dir;
    QString error;
    auto plan = PlanFactory::createWithReferenceLadders(dir.filePath(QStringLiteral("p.careerplan")), &error);
    QVERIFY(plan);
    PathRepository repository(*plan);
    Scenario primary = planFromProgramManager();
    QVERIFY2(repository.insertScenario(primary, m_ladders, &error), qPrintable(error));
    Scenario copy = primary;
    copy.name = QStringLiteral("Fast track");
    copy.primary = false;
    QVERIFY2(repository.insertScenario(copy, m_ladders, &error), qPrintable(error));
    QVERIFY(copy.steps[1].id != primary.steps[1].id); // its own rows

    // Changing the copy leaves the plan as it was.
    copy.steps[1].targetDate = QDate(2026, 6, 1);
    copy.steps[1].milestones[0].status = Milestone::Status::Done;
    PathPlanner::redate(copy, 1);
    QVERIFY2(repository.replaceScenario(copy, m_ladders, &error), qPrintable(error));
    QList<Scenario> stored;
    QVERIFY(repository.loadScenarios(&stored, &error));
    QCOMPARE(stored.size(), 2);
    QVERIFY(stored[0].primary);
    QCOMPARE(stored[0].steps[1].targetDate, QDate(2028, 1, 15));
    QCOMPARE(stored[0].steps[1].milestones[0].status, Milestone::Status::Planned);
    QCOMPARE(stored[1].steps[1].targetDate, QDate(2026, 6, 1));
    QCOMPARE(stored[1].steps[2].targetDate, QDate(2029, 6, 1));
    for (int i = 0; i < stored[0].steps.size(); ++i)
        QVERIFY(stored[0].steps[i].sameContentAs(primary.steps[i]));

    // Removing the copy leaves the plan; the plan itself cannot be removed.
    QVERIFY(repository.removeScenario(copy.id, &error));
    QVERIFY(!repository.removeScenario(primary.id, &error));
    QVERIFY(error.contains(QStringLiteral("cannot be removed")));
    QVERIFY(repository.loadScenarios(&stored, &error));
    QCOMPARE(stored.size(), 1);
}

void TestCareerPath::invalidPathIsRefusedAndFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.careerplan"));
    QString error;
    auto plan = PlanFactory::createWithReferenceLadders(path, &error);
    PathRepository repository(*plan);
    Scenario scenario = planFromProgramManager();
    scenario.steps[2].targetDate = scenario.steps[1].targetDate.addDays(-1);
    const QByteArray before = testfiles::readBytes(path);
    QVERIFY(!repository.insertScenario(scenario, m_ladders, &error));
    QVERIFY(error.startsWith(QStringLiteral("Step 3")));
    QCOMPARE(testfiles::readBytes(path), before);
    // And the file refuses a malformed date of its own accord.
    QSqlQuery query(plan->connection());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO promotion (date, ladder_name, level_title) "
                                       "VALUES ('next spring', 'x', 'y')")));
}

void TestCareerPath::milestoneUpdateAndPrimaryScenario()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.careerplan"));
    QString error;
    auto plan = PlanFactory::createSample(path, &error);
    QVERIFY2(plan, qPrintable(error));
    PathRepository repository(*plan);
    QList<Scenario> scenarios;
    QVERIFY(repository.loadScenarios(&scenarios, &error));
    QCOMPARE(scenarios.size(), 3);
    QCOMPARE(scenarios[0].name, QStringLiteral("My plan"));
    QVERIFY(scenarios[0].primary && !scenarios[1].primary && !scenarios[2].primary);
    QCOMPARE(scenarios[2].steps.constLast().branch, QStringLiteral("individual-contributor"));

    Milestone milestone = scenarios[0].steps[1].milestones[3];
    milestone.status = Milestone::Status::Done;
    milestone.completedDate = QDate(2026, 11, 20);
    milestone.evidence = QStringLiteral("Led the Q3 launch across four teams.");
    QVERIFY2(repository.updateMilestone(milestone, &error), qPrintable(error));
    QCOMPARE(testfiles::queryValue(path, QStringLiteral("SELECT status || ' ' || completed_date FROM milestone "
                                                        "WHERE id = %1")
                                             .arg(milestone.id))
                 .toString(),
             QStringLiteral("done 2026-11-20"));
    milestone.status = Milestone::Status::Planned; // a completion date without being done
    QVERIFY(!repository.updateMilestone(milestone, &error));

    // A second primary scenario takes over; only one is ever primary.
    Scenario another = scenarios[1];
    another.name = QStringLiteral("New plan");
    another.primary = true;
    QVERIFY(repository.insertScenario(another, m_ladders, &error));
    QCOMPARE(testfiles::queryValue(path, QStringLiteral("SELECT group_concat(name) FROM scenario WHERE is_primary = 1"))
                 .toString(),
             QStringLiteral("New plan"));
}

void TestCareerPath::profileAndPromotions()
{
    QTemporaryDir dir;
    QString error;
    auto plan = PlanFactory::createSample(dir.filePath(QStringLiteral("p.careerplan")), &error);
    PathRepository repository(*plan);
    const Profile profile = repository.loadProfile();
    QCOMPARE(profile.name, QStringLiteral("Jordan Rivera"));
    QCOMPARE(profile.levelTitle, QStringLiteral("Program Manager"));
    QCOMPARE(profile.levelStart, QDate(2022, 1, 10));
    QCOMPARE(profile.experienceYears, std::optional<int>(7));
    QList<Promotion> promotions;
    QVERIFY(repository.loadPromotions(&promotions, &error));
    QCOMPARE(promotions.size(), 2);
    QCOMPARE(promotions[1].levelTitle, QStringLiteral("Program Manager"));

    Promotion promoted { 0, QDate(2026, 11, 1), QStringLiteral("Program Management"),
                         QStringLiteral("Senior Program Manager"), QStringLiteral("Finally!") };
    QVERIFY(repository.insertPromotion(promoted, &error));
    Promotion undated = promoted;
    undated.date = QDate();
    QVERIFY(!repository.insertPromotion(undated, &error));
    QVERIFY(repository.loadPromotions(&promotions, &error));
    QCOMPARE(promotions.constLast(), promoted);
}

QTEST_GUILESS_MAIN(TestCareerPath)
#include "tst_careerpath.moc"
