// The dashboard's glance, asked of the file, against the same figures worked out from the
// plan read whole: the path's steps, each step's milestone tally, the open milestones due by
// a day and their place on the path, each skill's current proficiency and the goal a gap
// opens. And the lazily read path: an edit before anything read it works on the file's.
#include "core/dashboard/DashboardSummary.h"
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanGlance.h"
#include "core/plan/PlanSession.h"
#include "core/skills/SkillReadiness.h"
#include "TestFiles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace careerplanner;

namespace {

// The same figures from the full records, as the dashboard worked them out before the glance.
PlanGlance fromFullRead(const PlanSession &session, const QDate &dueBy)
{
    PlanGlance glance;
    if (!session.pathStore().scenarios().isEmpty()) {
        const QList<PathStep> &steps = session.pathStore().scenarios().constFirst().steps;
        for (int s = 0; s < steps.size(); ++s) {
            PathStep outline = steps.at(s);
            outline.milestones.clear();
            glance.path.append(outline);
            glance.tallies.append(steps.at(s).tally());
            const auto ladder = session.skillStore().skillMatrix().constFind(outline.ladderName);
            if (ladder != session.skillStore().skillMatrix().cend() && ladder->contains(outline.levelTitle))
                glance.expectations[outline.ladderName][outline.levelTitle] = ladder->value(outline.levelTitle);
            for (int m = 0; m < steps.at(s).milestones.size(); ++m) {
                const Milestone &milestone = steps.at(s).milestones.at(m);
                const bool open = milestone.status == Milestone::Status::Planned
                                  || milestone.status == Milestone::Status::InProgress;
                if (open && milestone.dueDate.isValid() && milestone.dueDate <= dueBy)
                    glance.due.append({ s, milestone.id, milestone.title, milestone.dueDate });
            }
        }
        std::stable_sort(
            glance.due.begin(), glance.due.end(),
            [](const PlanGlance::DueMilestone &a, const PlanGlance::DueMilestone &b) { return a.due < b.due; });
    }
    glance.current = SkillReadiness::currentProficiencies(session.skillStore().goals());
    for (const Goal &goal : session.skillStore().goals()) { // by id: the first, then the last active one
        if (!glance.goalToOpen.contains(goal.skillKey) || goal.status == Goal::Status::Active)
            glance.goalToOpen.insert(goal.skillKey, goal.id);
    }
    return glance;
}

bool exec(QSqlQuery &sql, const char *statement)
{
    if (sql.exec(QString::fromLatin1(statement)))
        return true;
    qWarning("%s: %s", statement, qPrintable(sql.lastError().text()));
    return false;
}

} // namespace

class TestPlanGlance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void agreesWithTheFullRead();
    void followsEachEdit();
    void pathIsReadForItsFirstEdit();

private:
    void compare(const PlanGlance &glance, const PlanGlance &expected);

    QTemporaryDir *m_dir = nullptr;
    QString m_path;
};

void TestPlanGlance::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("glance.careerplan"));
    QString error;
    auto plan = PlanFactory::createSample(m_path, &error);
    QVERIFY2(plan, qPrintable(error));
    // The sample, made awkward where the two ways could part.
    QSqlQuery sql(plan->connection());
    // Positions with gaps, in the opposite order to the ids (a milestone's place is its rank by position).
    QVERIFY(exec(sql, "UPDATE milestone SET position = -(position * 10 + 3)"));
    // The same due date on two steps, an open milestone with no date, one due on the last day asked for.
    QVERIFY(exec(sql, "INSERT INTO milestone (step_id, position, title, due_date, status) SELECT (SELECT n.id FROM "
                      "path_step n WHERE n.scenario_id = s.scenario_id AND n.position > s.position ORDER BY "
                      "n.position LIMIT 1), -100000, 'Same day, later step', m.due_date, 'planned' FROM milestone m "
                      "JOIN path_step s ON s.id = m.step_id JOIN scenario c ON c.id = s.scenario_id WHERE "
                      "m.status = 'planned' AND m.due_date IS NOT NULL ORDER BY c.position, s.position LIMIT 1"));
    QVERIFY(exec(sql, "INSERT INTO milestone (step_id, position, title, status) SELECT step_id, 1001, 'Undated', "
                      "'in_progress' FROM milestone LIMIT 1"));
    // A what-if scenario through a level the plan's own path does not take (its expectations are not the glance's).
    QVERIFY(exec(sql, "UPDATE path_step SET level_id = (SELECT v.id FROM level v JOIN skill_expectation e ON "
                      "e.level_id = v.id WHERE v.id NOT IN (SELECT level_id FROM path_step WHERE level_id IS NOT NULL) "
                      "LIMIT 1) WHERE id = (SELECT s.id FROM path_step s JOIN scenario c ON c.id = s.scenario_id "
                      "WHERE c.position > 0 ORDER BY s.position DESC LIMIT 1)"));
    // A second check-in on a goal's latest day: the later one (by id) is its latest.
    QVERIFY(exec(sql, "INSERT INTO checkin (goal_id, date, proficiency, note) SELECT goal_id, max(date), 5, "
                      "'same day, later' FROM checkin GROUP BY goal_id ORDER BY goal_id LIMIT 1"));
    // More goals in one skill: a dropped one rated higher, a paused one with no check-in, and an
    // active one older than the skill's first.
    QVERIFY(exec(sql, "INSERT INTO goal (skill_id, target, status) SELECT skill_id, 5, 'dropped' FROM goal "
                      "ORDER BY id DESC LIMIT 1"));
    QVERIFY(
        exec(sql, "INSERT INTO checkin (goal_id, date, proficiency) VALUES (last_insert_rowid(), '2020-01-01', 4)"));
    QVERIFY(exec(sql, "INSERT INTO goal (skill_id, target, status) SELECT skill_id, 3, 'paused' FROM goal "
                      "ORDER BY id DESC LIMIT 1"));
    QVERIFY(exec(sql, "INSERT INTO goal (skill_id, target, status) SELECT id, 4, 'paused' FROM skill "
                      "WHERE id NOT IN (SELECT skill_id FROM goal) ORDER BY position LIMIT 1"));
    QVERIFY(exec(sql, "INSERT INTO goal (skill_id, target, status) SELECT skill_id, 4, 'active' FROM goal "
                      "ORDER BY id DESC LIMIT 1"));
}

void TestPlanGlance::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void TestPlanGlance::compare(const PlanGlance &glance, const PlanGlance &expected)
{
    QCOMPARE(glance.path.size(), expected.path.size());
    for (int s = 0; s < expected.path.size(); ++s) {
        QCOMPARE(glance.path.at(s).id, expected.path.at(s).id);
        QVERIFY(glance.path.at(s).sameContentAs(expected.path.at(s)));
        QCOMPARE(glance.tallies.at(s).done, expected.tallies.at(s).done);
        QCOMPARE(glance.tallies.at(s).counted, expected.tallies.at(s).counted);
    }
    QCOMPARE(glance.due.size(), expected.due.size());
    for (int i = 0; i < expected.due.size(); ++i) {
        QCOMPARE(glance.due.at(i).step, expected.due.at(i).step);
        QCOMPARE(glance.due.at(i).id, expected.due.at(i).id);
        QCOMPARE(glance.due.at(i).title, expected.due.at(i).title);
        QCOMPARE(glance.due.at(i).due, expected.due.at(i).due);
    }
    QCOMPARE(glance.expectations, expected.expectations);
    QCOMPARE(glance.current, expected.current);
    QCOMPARE(glance.goalToOpen, expected.goalToOpen);
}

void TestPlanGlance::agreesWithTheFullRead()
{
    QString error;
    auto session = PlanSession::open(m_path, &error);
    QVERIFY2(session, qPrintable(error));
    // The one asked while the plan opened (on a second connection), for the dashboard's today.
    const QDate opening = QDate::currentDate().addDays(DashboardSummary::DueSoonDays);
    const PlanGlance first = session->glance(opening);
    compare(first, fromFullRead(*session, opening));
    // Days around each of the path's due dates, and before and after all of them.
    QList<QDate> days = { QDate(2000, 1, 1), QDate(2100, 1, 1) };
    for (const PathStep &step : session->pathStore().scenarios().constFirst().steps) {
        for (const Milestone &milestone : step.milestones) {
            if (milestone.dueDate.isValid())
                days << milestone.dueDate.addDays(-1) << milestone.dueDate;
        }
    }
    int dueSeen = 0;
    for (const QDate &dueBy : std::as_const(days)) {
        PlanGlance glance;
        QVERIFY2(PlanGlance::read(session->database(), dueBy, &glance, &error), qPrintable(error));
        compare(glance, fromFullRead(*session, dueBy));
        if (QTest::currentTestFailed())
            qWarning("due by %s", qPrintable(dueBy.toString(Qt::ISODate)));
        QCOMPARE(session->glance(dueBy).due.size(), glance.due.size());
        dueSeen = std::max(dueSeen, int(glance.due.size()));
    }
    // The awkward cases are there to be seen.
    const PlanGlance all = fromFullRead(*session, QDate(2100, 1, 1));
    QVERIFY(dueSeen >= 5);
    QVERIFY(std::adjacent_find(all.due.cbegin(), all.due.cend(),
                               [](const auto &a, const auto &b) { return a.due == b.due && a.step != b.step; })
            != all.due.cend());
    QVERIFY(std::any_of(all.tallies.cbegin(), all.tallies.cend(), [](const auto &t) { return t.done > 0; }));
    QVERIFY(all.current.value(QStringLiteral("influence")) > 0);
    QVERIFY(all.expectations.size() >= 1 && all.expectations.first().size() >= 2);
    QVERIFY(all.goalToOpen.size() > all.current.size()); // a skill with a goal and no check-in
}

void TestPlanGlance::followsEachEdit()
{
    QString error;
    auto session = PlanSession::open(m_path, &error);
    QVERIFY2(session, qPrintable(error));
    const QDate dueBy(2100, 1, 1);
    const PlanGlance before = session->glance(dueBy);
    QVERIFY(!before.due.isEmpty());
    const PlanGlance::DueMilestone first = before.due.constFirst();

    // A milestone done: out of the due list, one more done in its step.
    const PathStep &step = session->pathStore().scenarios().constFirst().steps.at(first.step);
    const int index = step.milestoneIndex(first.id);
    QVERIFY(index >= 0);
    Milestone milestone = step.milestones.at(index);
    QCOMPARE(milestone.title, first.title);
    milestone.status = Milestone::Status::Done;
    milestone.completedDate = QDate(2026, 10, 1);
    QVERIFY2(session->pathStore().updateMilestone(0, first.step, index, milestone, &error), qPrintable(error));
    const PlanGlance afterMilestone = session->glance(dueBy);
    QCOMPARE(afterMilestone.due.size(), before.due.size() - 1);
    QCOMPARE(afterMilestone.tallies.at(first.step).done, before.tallies.at(first.step).done + 1);
    compare(afterMilestone, fromFullRead(*session, dueBy));

    // A check-in above every other in a skill: that skill's current proficiency.
    Goal goal = session->skillStore().goals().constFirst();
    goal.checkIns.append({ 0, QDate(2026, 11, 1), 5, QStringLiteral("Led the planning review") });
    QVERIFY2(session->skillStore().saveGoal(goal, &error), qPrintable(error));
    QCOMPARE(session->glance(dueBy).current.value(goal.skillKey), 5);
    compare(session->glance(dueBy), fromFullRead(*session, dueBy));
}

void TestPlanGlance::pathIsReadForItsFirstEdit()
{
    // Nothing has asked for the path yet: the edit reads it, then changes the file's milestone.
    QString error;
    const QString firstOpen = QStringLiteral("SELECT m.id FROM milestone m JOIN path_step s ON s.id = m.step_id "
                                             "JOIN scenario c ON c.id = s.scenario_id WHERE c.position = 0 AND "
                                             "s.position = 1 ORDER BY m.position LIMIT 1");
    const qint64 id = testfiles::queryValue(m_path, firstOpen).toLongLong();
    QVERIFY(id > 0);
    {
        auto session = PlanSession::open(m_path, &error);
        QVERIFY2(session, qPrintable(error));
        Milestone renamed;
        renamed.title = QStringLiteral("Renamed before the path was shown");
        renamed.status = Milestone::Status::Dropped;
        QVERIFY2(session->pathStore().updateMilestone(0, 1, 0, renamed, &error), qPrintable(error));
        QCOMPARE(session->pathStore().scenarios().constFirst().steps.at(1).milestones.constFirst().title,
                 renamed.title);
    }
    QCOMPARE(testfiles::queryValue(m_path,
                                   QStringLiteral("SELECT title || '/' || status FROM milestone WHERE id = %1").arg(id))
                 .toString(),
             QStringLiteral("Renamed before the path was shown/dropped"));
}

QTEST_GUILESS_MAIN(TestPlanGlance)
#include "tst_planglance.moc"
