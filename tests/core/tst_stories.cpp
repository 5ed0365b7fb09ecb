// STAR stories: Leadership Principle coverage, the first edit of stories not yet read,
// tags that must be the plan's skills, and the CSV a spreadsheet reads.
#include "TestFiles.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "core/skills/SkillCatalog.h"
#include "core/stories/StoryCoverage.h"
#include "core/stories/StoryCsv.h"
#include "core/stories/StoryRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace careerplanner;

class TestStories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coverageCounts();
    void storiesAreReadForTheirFirstEdit();
    void tagsMustBeThePlansSkills();
    void csvQuoting();

private:
    QList<Skill> m_skills;
    SkillMatrix m_matrix;
};

void TestStories::initTestCase()
{
    QString error;
    QVERIFY2(SkillCatalog::load(&m_skills, &m_matrix, &error), qPrintable(error));
}

void TestStories::coverageCounts()
{
    QList<Story> stories(3);
    stories[0].tags = { QStringLiteral("customer_obsession"), QStringLiteral("ownership"), QStringLiteral("data") };
    stories[1].tags = { QStringLiteral("customer_obsession") };
    stories[2].tags = { QStringLiteral("dive_deep") };
    const auto rows = StoryCoverage::leadershipPrinciples(m_skills, stories);
    QCOMPARE(rows.size(), 16);
    QCOMPARE(rows[0].key, QStringLiteral("customer_obsession"));
    QCOMPARE(rows[0].stories, 2);
    QVERIFY(!rows[0].thin());
    const auto thin = std::count_if(rows.cbegin(), rows.cend(), [](const StoryCoverage::Row &r) { return r.thin(); });
    QCOMPARE(thin, 15);
}

void TestStories::storiesAreReadForTheirFirstEdit()
{
    // Stories are read when first asked for; an edit in a session that has not shown them
    // yet works on the stories in the file all the same.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.careerplan"));
    QString error;
    QVERIFY2(PlanFactory::createSample(path, &error), qPrintable(error));
    const auto stored = [&path](const QString &sql) { return testfiles::queryValue(path, sql).toLongLong(); };
    const qint64 count = stored(QStringLiteral("SELECT count(*) FROM story"));
    const qint64 newest = stored(QStringLiteral("SELECT id FROM story ORDER BY date DESC, id LIMIT 1"));
    QVERIFY(count > 2);

    auto session = PlanSession::open(path, &error);
    QVERIFY2(session, qPrintable(error));
    QVERIFY2(session->storyStore().removeStory(0, &error), qPrintable(error)); // the newest
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM story")), count - 1);
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM story WHERE id = %1").arg(newest)), 0);
    QCOMPARE(session->storyStore().stories().size(), count - 1);

    session.reset(); // its lock goes with it
    session = PlanSession::open(path, &error);
    QVERIFY2(session, qPrintable(error));
    Story story;
    story.title = QStringLiteral("Shipped the migration a quarter early");
    story.date = QDate(2026, 10, 1);
    QVERIFY2(session->storyStore().saveStory(story, &error), qPrintable(error));
    QCOMPARE(session->storyStore().stories().size(), count);
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM story")), count);
}

void TestStories::tagsMustBeThePlansSkills()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.careerplan"));
    QString error;
    auto plan = PlanFactory::createWithReferenceLadders(path, &error);
    QVERIFY2(plan, qPrintable(error));
    const QByteArray before = testfiles::readBytes(path);
    Story story;
    story.title = QStringLiteral("Tagged with nothing real");
    story.tags = { QStringLiteral("telepathy") };
    QVERIFY(!StoryRepository(*plan).save(story, m_skills, &error));
    QVERIFY(error.contains(QStringLiteral("telepathy")));
    QCOMPARE(testfiles::readBytes(path), before);
}

void TestStories::csvQuoting()
{
    Story story;
    story.title = QStringLiteral("Launch, \"delayed\"");
    story.date = QDate(2026, 3, 10);
    story.situation = QStringLiteral("Two lines\nof context");
    story.result = QStringLiteral("Zoë's team: 30% faster — ✓");
    story.tags = { QStringLiteral("customer_obsession"), QStringLiteral("data") };
    const QString csv = StoryCsv::stories({ story }, m_skills);
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines[0], QStringLiteral("title,date,situation,task,action,result,outcomes,tags"));
    QCOMPARE(lines[1],
             QStringLiteral("\"Launch, \"\"delayed\"\"\",2026-03-10,\"Two lines\nof context\",,,"
                            "Zoë's team: 30% faster — ✓,,Customer Obsession; Data-driven analysis and decisions"));
    QCOMPARE(lines.size(), 3); // header, the story, and the empty rest after the last CRLF
}

QTEST_GUILESS_MAIN(TestStories)
#include "tst_stories.moc"
