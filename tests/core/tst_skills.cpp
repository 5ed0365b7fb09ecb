// Skills, the level matrix, goals and check-ins: the catalogue, the readiness formula and
// gaps on hand-made cases, storage and CSV (stories are in tst_stories).
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanRules.h"
#include "core/path/PathRepository.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "core/storage/SchemaMigrator.h"
#include "core/skills/SkillCatalog.h"
#include "core/skills/SkillCsv.h"
#include "core/skills/SkillReadiness.h"
#include "core/skills/SkillRepository.h"
#include "core/stories/StoryRepository.h"
#include "TestFiles.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

namespace {

Goal goalWith(const char *skill, std::initializer_list<int> ratings)
{
    Goal goal;
    goal.skillKey = QString::fromLatin1(skill);
    int day = 1;
    for (int rating : ratings)
        goal.checkIns.append({ 0, QDate(2026, 1, day++), rating, QString() });
    return goal;
}

} // namespace

class TestSkills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogue();
    void matrixDefaults();
    void gapsLargestFirst();
    void readinessFormula_data();
    void readinessFormula();
    void storageAndEdits();
    void rowsComeBackInTheirOrderWhateverTheStorageOrder();
    void goalHistoriesAreReadBeforeAnyEdit();
    void refusedAndFileUnchanged();
    void csvQuoting();
    void olderPlansGetTheCatalogue();

private:
    QList<Skill> m_skills;
    SkillMatrix m_matrix;
};

void TestSkills::initTestCase()
{
    QString error;
    QVERIFY2(SkillCatalog::load(&m_skills, &m_matrix, &error), qPrintable(error));
}

void TestSkills::catalogue()
{
    const auto count = [this](Skill::Kind kind) {
        return std::count_if(m_skills.cbegin(), m_skills.cend(), [kind](const Skill &s) { return s.kind == kind; });
    };
    QCOMPARE(count(Skill::Kind::Skill), 8);
    QCOMPARE(count(Skill::Kind::LeadershipPrinciple), 16); // the current list; one guide says 14
    QStringList names;
    for (const Skill &skill : m_skills)
        names.append(skill.name);
    // The principles the guides name.
    for (const char *name :
         { "Customer Obsession", "Ownership", "Bias for Action", "Deliver Results", "Think Big", "Dive Deep" })
        QVERIFY2(names.contains(QString::fromLatin1(name)), name);
    for (const Skill &skill : m_skills)
        QVERIFY2(!skill.description.isEmpty(), qPrintable(skill.key));
}

void TestSkills::matrixDefaults()
{
    // Every reference level has all eight skills, from 1 to 5.
    const QStringList program { "Associate Program Manager",      "Program Manager",
                                "Senior Program Manager",         "Program Management Leader",
                                "Director of Program Management", "Vice President of Program Management",
                                "Chief Program Officer" };
    for (const QString &level : program) {
        const auto row = m_matrix.value(QStringLiteral("Program Management")).value(level);
        QCOMPARE(row.size(), 8);
        for (int value : row)
            QVERIFY(value >= 1 && value <= 5);
    }
    // Expectations never fall on the way up the Program Management ladder.
    for (const Skill &skill : m_skills) {
        if (skill.kind != Skill::Kind::Skill)
            continue;
        int previous = 0;
        for (const QString &level : program) {
            const int value = m_matrix[QStringLiteral("Program Management")][level][skill.key];
            QVERIFY2(value >= previous, qPrintable(skill.key + QLatin1Char(' ') + level));
            previous = value;
        }
    }
    QCOMPARE(m_matrix[QStringLiteral("Program Management")][QStringLiteral("Program Management Leader")]
                     [QStringLiteral("people")],
             4);
    QCOMPARE(m_matrix.value(QStringLiteral("Product Management")).size(), 3);
}

void TestSkills::gapsLargestFirst()
{
    SkillMatrix matrix;
    matrix[QStringLiteral("L")][QStringLiteral("Senior")]
        = { { QStringLiteral("data"), 4 }, { QStringLiteral("writing"), 3 }, { QStringLiteral("influence"), 5 } };
    const QList<Goal> goals { goalWith("data", { 2, 3 }), goalWith("influence", { 2 }),
                              goalWith("influence", { 1, 3 }) };
    const auto gaps = SkillReadiness::gaps(matrix, QStringLiteral("L"), QStringLiteral("Senior"), m_skills, goals);
    QCOMPARE(gaps.size(), 3);
    // writing 3 (no goal: 0), influence 5 - 3 = 2 (best latest check-in), data 4 - 3 = 1.
    QCOMPARE(gaps[0].skillKey, QStringLiteral("writing"));
    QCOMPARE(gaps[0].gap(), 3);
    QCOMPARE(gaps[1].skillKey, QStringLiteral("influence"));
    QCOMPARE(gaps[1].current, 3);
    QCOMPARE(gaps[2].gap(), 1);
}

void TestSkills::readinessFormula_data()
{
    QTest::addColumn<int>("doneMilestones");
    QTest::addColumn<int>("openMilestones");
    QTest::addColumn<bool>("withExpectations");
    QTest::addColumn<double>("expected");
    // Skills: expects data 4 and writing 2; current data 2 (capped), writing 3 -> min(2,4)+min(3,2) = 4 of 6.
    QTest::newRow("both parts") << 1 << 1 << true << (0.5 + 4.0 / 6.0) / 2;
    QTest::newRow("milestones only") << 3 << 1 << false << 0.75;
    QTest::newRow("skills only") << 0 << 0 << true << 4.0 / 6.0;
    QTest::newRow("nothing to count") << 0 << 0 << false << -1.0;
}

void TestSkills::readinessFormula()
{
    QFETCH(int, doneMilestones);
    QFETCH(int, openMilestones);
    QFETCH(bool, withExpectations);
    QFETCH(double, expected);
    PathStep step;
    step.ladderName = QStringLiteral("L");
    step.levelTitle = QStringLiteral("Senior");
    for (int i = 0; i < doneMilestones + openMilestones; ++i) {
        Milestone m;
        m.title = QStringLiteral("m");
        m.status = i < doneMilestones ? Milestone::Status::Done : Milestone::Status::Planned;
        step.milestones.append(m);
    }
    Milestone dropped;
    dropped.title = QStringLiteral("dropped");
    dropped.status = Milestone::Status::Dropped;
    step.milestones.append(dropped); // never counted
    SkillMatrix matrix;
    if (withExpectations)
        matrix[QStringLiteral("L")][QStringLiteral("Senior")]
            = { { QStringLiteral("data"), 4 }, { QStringLiteral("writing"), 2 } };
    const QList<Goal> goals { goalWith("data", { 2 }), goalWith("writing", { 3 }) };
    const SkillReadiness::Result result = SkillReadiness::forStep(step, matrix, m_skills, goals);
    if (expected < 0) {
        QVERIFY(!result.combined);
    } else {
        QVERIFY(result.combined);
        QCOMPARE(*result.combined, expected);
    }
    QVERIFY(SkillReadiness::formula().contains(QStringLiteral("Σ min(your level, expected)")));
}

void TestSkills::storageAndEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.careerplan"));
    QString error;
    auto plan = PlanFactory::createSample(path, &error);
    QVERIFY2(plan, qPrintable(error));
    SkillRepository repository(*plan);
    QList<Skill> skills;
    SkillMatrix matrix;
    QList<Goal> goals;
    QList<Story> stories;
    QVERIFY(repository.loadSkills(&skills, &error) && repository.loadMatrix(&matrix, &error));
    QCOMPARE(skills, m_skills);
    QCOMPARE(matrix, m_matrix);
    QVERIFY(repository.loadGoals(&goals, &error) && StoryRepository(*plan).load(&stories, &error));
    QCOMPARE(goals.size(), 5);
    QCOMPARE(goals[1].checkIns.size(), 3);
    QCOMPARE(goals[1].current(), std::optional<int>(3));
    QCOMPARE(stories.constFirst().title, QStringLiteral("Mentoring two new APMs")); // newest first

    QVERIFY(repository.setExpectation(QStringLiteral("Program Management"), QStringLiteral("Program Manager"),
                                      QStringLiteral("writing"), 4, &error));
    QCOMPARE(testfiles::queryValue(path, QStringLiteral("SELECT proficiency FROM skill_expectation e JOIN skill s ON "
                                                        "s.id = e.skill_id JOIN level v ON v.id = e.level_id WHERE "
                                                        "s.key = 'writing' AND v.title = 'Program Manager'"))
                 .toInt(),
             4);
    Story story = stories.constFirst();
    story.tags.append(QStringLiteral("think_big"));
    QVERIFY2(StoryRepository(*plan).save(story, skills, &error), qPrintable(error));
    QCOMPARE(
        testfiles::queryValue(path, QStringLiteral("SELECT count(*) FROM story_tag WHERE story_id = %1").arg(story.id))
            .toInt(),
        4);
    Goal goal = goals[0];
    goal.checkIns.append({ 0, QDate(2026, 11, 20), 3, QStringLiteral("Won the platform team over.") });
    QVERIFY(repository.saveGoal(goal, skills, &error));
    QVERIFY(repository.loadGoals(&goals, &error));
    QCOMPARE(goals[0].current(), std::optional<int>(3));
}

void TestSkills::rowsComeBackInTheirOrderWhateverTheStorageOrder()
{
    // Check-ins and milestones are read in storage order and sorted in memory: a check-in
    // added later with an earlier date, and milestones whose positions were swapped, still
    // come back by date and by position.
    QTemporaryDir dir;
    QString error;
    auto plan = PlanFactory::createSample(dir.filePath(QStringLiteral("o.careerplan")), &error);
    QVERIFY2(plan, qPrintable(error));
    QSqlQuery sql(plan->connection());
    QVERIFY(sql.exec(QStringLiteral("INSERT INTO checkin (goal_id, date, proficiency, note) "
                                    "SELECT goal_id, '2001-01-01', 1, 'earliest' FROM checkin ORDER BY id LIMIT 1")));
    QVERIFY(sql.exec(QStringLiteral("SELECT step_id FROM milestone GROUP BY step_id HAVING count(*) >= 2 LIMIT 1")));
    QVERIFY(sql.next());
    const qint64 step = sql.value(0).toLongLong();
    QVERIFY(sql.exec(QStringLiteral("UPDATE milestone SET position = -position - 1 WHERE step_id = %1").arg(step)));

    QList<Goal> goals;
    QVERIFY(SkillRepository(*plan).loadGoals(&goals, &error));
    bool found = false;
    for (const Goal &goal : goals) {
        for (int i = 1; i < goal.checkIns.size(); ++i)
            QVERIFY(goal.checkIns[i - 1].date <= goal.checkIns[i].date);
        found = found || (!goal.checkIns.isEmpty() && goal.checkIns.constFirst().note == QStringLiteral("earliest"));
    }
    QVERIFY(found);

    QList<Scenario> scenarios;
    QVERIFY(PathRepository(*plan).loadScenarios(&scenarios, &error));
    QStringList expected;
    QVERIFY(sql.exec(QStringLiteral("SELECT title FROM milestone WHERE step_id = %1 ORDER BY position").arg(step)));
    while (sql.next())
        expected.append(sql.value(0).toString());
    QStringList loaded;
    for (const Scenario &scenario : scenarios) {
        for (const PathStep &pathStep : scenario.steps) {
            if (pathStep.id != step)
                continue;
            for (const Milestone &milestone : pathStep.milestones)
                loaded.append(milestone.title);
        }
    }
    QVERIFY(expected.size() >= 2);
    QCOMPARE(loaded, expected); // the reverse of the order they are stored in
}

void TestSkills::goalHistoriesAreReadBeforeAnyEdit()
{
    // A session reads goals when first asked for (the dashboard asks the file for what it
    // shows); every edit works on the whole history, so saving a goal loses none of its check-ins.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.careerplan"));
    QString error;
    QVERIFY2(PlanFactory::createSample(path, &error), qPrintable(error));
    const int checkIns = testfiles::queryValue(path, QStringLiteral("SELECT count(*) FROM checkin")).toInt();
    QVERIFY(checkIns > 5);
    auto session = PlanSession::open(path, &error);
    QVERIFY2(session, qPrintable(error));
    int read = 0;
    for (const Goal &goal : session->skillStore().goals())
        read += static_cast<int>(goal.checkIns.size());
    QCOMPARE(read, checkIns);

    session.reset();
    auto fresh = PlanSession::open(path, &error); // no goal read yet
    QVERIFY2(fresh, qPrintable(error));
    const auto storedFor = [&path](qint64 goal) {
        return testfiles::queryValue(path, QStringLiteral("SELECT count(*) FROM checkin WHERE goal_id = %1").arg(goal))
            .toInt();
    };
    Goal goal = fresh->skillStore().goals().at(1);
    const int history = storedFor(goal.id);
    QVERIFY(history > 1);
    QCOMPARE(goal.checkIns.size(), history);
    goal.target = goal.target == 5 ? 4 : 5;
    QVERIFY2(fresh->skillStore().saveGoal(goal, &error), qPrintable(error));
    QCOMPARE(storedFor(goal.id), history);
    QCOMPARE(fresh->skillStore().goals().at(1).checkIns.size(), history);
}

void TestSkills::refusedAndFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.careerplan"));
    QString error;
    auto plan = PlanFactory::createWithReferenceLadders(path, &error);
    SkillRepository repository(*plan);
    const QByteArray before = testfiles::readBytes(path);
    Goal goal = goalWith("data", { 6 });
    QVERIFY(!repository.saveGoal(goal, m_skills, &error));
    QVERIFY(error.contains(QStringLiteral("1 to 5")));
    QVERIFY(!repository.setExpectation(QStringLiteral("Program Management"), QStringLiteral("Program Manager"),
                                       QStringLiteral("data"), 0, &error));
    QCOMPARE(testfiles::readBytes(path), before);
}

void TestSkills::csvQuoting()
{
    Goal goal = goalWith("writing", { 2, 3 });
    goal.target = 4;
    goal.notes = QStringLiteral("a, b");
    QCOMPARE(SkillCsv::checkIns({ goal }, m_skills).count(QStringLiteral("\r\n")), 3);
    QVERIFY(
        SkillCsv::goals({ goal }, m_skills).contains(QStringLiteral("Written communication,4,3,,,active,\"a, b\"")));
}

void TestSkills::olderPlansGetTheCatalogue()
{
    // A plan at schema 3 (before skills) opened by this version gets the reference catalogue.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.careerplan"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY(SchemaMigrator::migrate(db, SchemaMigrator::builtInScripts().mid(0, 3), &error));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QString error;
    auto plan = PlanDatabase::open(path, PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(testfiles::queryValue(path, QStringLiteral("PRAGMA user_version")).toInt(),
             SchemaMigrator::latestVersion());
    QCOMPARE(testfiles::queryValue(path, QStringLiteral("SELECT count(*) FROM skill")).toInt(), 24);
}

QTEST_GUILESS_MAIN(TestSkills)
#include "tst_skills.moc"
