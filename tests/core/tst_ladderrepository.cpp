// Edits through the repository: what reaches the file, what is refused, and that a
// refused edit leaves the file as it was.
#include "core/ladders/LadderRepository.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanRules.h"
#include "core/storage/SchemaMigrator.h"
#include "core/plan/PlanSession.h"
#include "core/ladders/ReferenceLadders.h"
#include "TestFiles.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;
using testfiles::queryValue;
using testfiles::readBytes;

class TestLadderRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsWhatWasStored();
    void olderPlansGetTheBranchItems();
    void updateLevelReachesFile();
    void invalidLevelIsRefusedAndFileUnchanged();
    void insertAndRemoveKeepOrder();
    void duplicateLadderNameRefused();
    void moneyColumnsRefuseNonIntegers_data();
    void moneyColumnsRefuseNonIntegers();
    void foreignKeysAreEnforced();
    void sessionSignals();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    std::unique_ptr<PlanDatabase> m_plan;
};

void TestLadderRepository::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("plan.careerplan"));
    QString error;
    m_plan = PlanFactory::createWithReferenceLadders(m_path, &error);
    QVERIFY2(m_plan, qPrintable(error));
}

void TestLadderRepository::cleanup()
{
    m_plan.reset();
    delete m_dir;
}

void TestLadderRepository::loadsWhatWasStored()
{
    QList<CareerLadder> ladders;
    QString error;
    QVERIFY(LadderRepository(*m_plan).loadAll(&ladders, &error));
    QList<CareerLadder> reference;
    QVERIFY(ReferenceLadders::load(&reference, &error));
    QCOMPARE(ladders.size(), reference.size());
    for (int i = 0; i < ladders.size(); ++i) {
        QCOMPARE(ladders[i].name, reference[i].name);
        QCOMPARE(ladders[i].notes, reference[i].notes);
        QCOMPARE(ladders[i].interviewStages, reference[i].interviewStages);
        QCOMPARE(ladders[i].levels.size(), reference[i].levels.size());
        for (int j = 0; j < ladders[i].levels.size(); ++j)
            QVERIFY2(ladders[i].levels[j].sameContentAs(reference[i].levels[j]),
                     qPrintable(ladders[i].levels[j].title));
    }
}

void TestLadderRepository::olderPlansGetTheBranchItems()
{
    // A plan of schema 5 (branches with a title only) opened by this version gets the
    // guides' expectations and milestones for the guides' branches, and none for a branch
    // the user renamed.
    m_plan.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char *statement : { "DROP TABLE case_choice",
                                       "DROP TABLE feedback_tag",
                                       "DROP TABLE feedback_quote",
                                       "DROP TABLE conversation_action",
                                       "DROP TABLE career_conversation",
                                       "DROP TABLE application_reminder",
                                       "DROP TABLE offer_vesting",
                                       "DROP TABLE application_offer",
                                       "DROP TABLE stage_question",
                                       "DROP TABLE stage_principle",
                                       "DROP TABLE application_stage",
                                       "DROP TABLE job_application",
                                       "DROP TABLE practice_attempt",
                                       "DROP TABLE question_ladder",
                                       "DROP TABLE question_tag",
                                       "DROP TABLE question",
                                       "DROP TABLE writing_draft",
                                       "DROP TABLE market_match",
                                       "DROP TABLE market_company_alias",
                                       "DROP TABLE market_report",
                                       "DROP TABLE market_import",
                                       "DROP TABLE exchange_rate",
                                       "DROP TABLE branch_item",
                                       "UPDATE level_branch SET title = 'Lead of leads' WHERE path = 'management'",
                                       "PRAGMA user_version = 5" })
            QVERIFY2(query.exec(QLatin1String(statement)), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QString error;
    m_plan = PlanDatabase::open(m_path, PlanRules::upkeep(), &error);
    QVERIFY2(m_plan, qPrintable(error));
    QCOMPARE(queryValue(m_path, QStringLiteral("PRAGMA user_version")).toInt(), SchemaMigrator::latestVersion());

    QList<CareerLadder> ladders;
    QList<CareerLadder> reference;
    QVERIFY(LadderRepository(*m_plan).loadAll(&ladders, &error));
    QVERIFY(ReferenceLadders::load(&reference, &error));
    int filled = 0;
    for (int i = 0; i < ladders.size(); ++i) {
        for (int j = 0; j < ladders[i].levels.size(); ++j) {
            const QList<LevelBranch> &branches = ladders[i].levels[j].branches;
            for (int k = 0; k < branches.size(); ++k) {
                const LevelBranch &was = reference[i].levels[j].branches[k];
                const bool renamed = branches[k].title != was.title;
                QCOMPARE(branches[k].expectations, renamed ? QStringList() : was.expectations);
                QCOMPARE(branches[k].milestones, renamed ? QStringList() : was.milestones);
                filled += renamed ? 0 : static_cast<int>(was.milestones.size());
            }
        }
    }
    QVERIFY(filled > 0);
}

void TestLadderRepository::updateLevelReachesFile()
{
    LadderRepository repository(*m_plan);
    QList<CareerLadder> ladders;
    QString error;
    QVERIFY(repository.loadAll(&ladders, &error));
    CareerLevel level = ladders[0].levels[0];
    level.title = QStringLiteral("APM (renamed)");
    SalaryBand base = *level.band(SalaryBand::Kind::Base);
    base.minimum = 6543210;
    level.setBand(SalaryBand::Kind::Base, base);
    level.responsibilities = { QStringLiteral("Only this") };
    QVERIFY2(repository.updateLevel(level, &error), qPrintable(error));

    QCOMPARE(queryValue(m_path, QStringLiteral("SELECT title FROM level WHERE id = %1").arg(level.id)).toString(),
             QStringLiteral("APM (renamed)"));
    QCOMPARE(queryValue(m_path, QStringLiteral("SELECT minimum FROM salary_band WHERE level_id = %1").arg(level.id))
                 .toLongLong(),
             6543210LL);
    QCOMPARE(queryValue(m_path, QStringLiteral("SELECT count(*) FROM level_item WHERE level_id = %1 AND kind = "
                                               "'responsibility'")
                                    .arg(level.id))
                 .toInt(),
             1);
}

void TestLadderRepository::invalidLevelIsRefusedAndFileUnchanged()
{
    LadderRepository repository(*m_plan);
    QList<CareerLadder> ladders;
    QString error;
    QVERIFY(repository.loadAll(&ladders, &error));
    const QByteArray before = readBytes(m_path);
    CareerLevel level = ladders[0].levels[1];
    SalaryBand base = *level.band(SalaryBand::Kind::Base);
    base.minimum = *base.maximum + 1;
    level.setBand(SalaryBand::Kind::Base, base);
    QVERIFY(!repository.updateLevel(level, &error));
    QVERIFY(error.contains(QStringLiteral("above the maximum")));
    level = ladders[0].levels[1];
    level.title = QStringLiteral("  ");
    QVERIFY(!repository.updateLevel(level, &error));
    QCOMPARE(readBytes(m_path), before);
}

void TestLadderRepository::insertAndRemoveKeepOrder()
{
    LadderRepository repository(*m_plan);
    QList<CareerLadder> ladders;
    QString error;
    QVERIFY(repository.loadAll(&ladders, &error));
    CareerLevel extra;
    extra.title = QStringLiteral("Program Manager II");
    QVERIFY2(repository.insertLevel(ladders[0].id, 2, extra, &error), qPrintable(error));
    QVERIFY(repository.loadAll(&ladders, &error));
    QCOMPARE(ladders[0].levels.size(), 8);
    QCOMPARE(ladders[0].levels[1].title, QStringLiteral("Program Manager"));
    QCOMPARE(ladders[0].levels[2].title, QStringLiteral("Program Manager II"));
    QCOMPARE(ladders[0].levels[3].title, QStringLiteral("Senior Program Manager"));

    QVERIFY(repository.removeLevel(ladders[0].levels[1].id, &error));
    QVERIFY(repository.loadAll(&ladders, &error));
    QCOMPARE(ladders[0].levels.size(), 7);
    QCOMPARE(ladders[0].levels[1].title, QStringLiteral("Program Manager II"));
    // Positions stay dense: 0..n-1.
    QCOMPARE(
        queryValue(m_path, QStringLiteral("SELECT max(position) FROM level WHERE ladder_id = %1").arg(ladders[0].id))
            .toInt(),
        6);
    // The removed level's bands went with it.
    QCOMPARE(queryValue(m_path,
                        QStringLiteral("SELECT count(*) FROM salary_band WHERE level_id NOT IN (SELECT id FROM level)"))
                 .toInt(),
             0);
}

void TestLadderRepository::duplicateLadderNameRefused()
{
    CareerLadder ladder;
    ladder.name = QStringLiteral("Program Management");
    QString error;
    QVERIFY(!LadderRepository(*m_plan).insertLadder(ladder, &error));
    QVERIFY2(error.contains(QStringLiteral("already a ladder")), qPrintable(error));
}

void TestLadderRepository::moneyColumnsRefuseNonIntegers_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("real") << QStringLiteral("1500.5");
    QTest::newRow("text") << QStringLiteral("'150k'");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("blob") << QStringLiteral("x'00'");
}

void TestLadderRepository::moneyColumnsRefuseNonIntegers()
{
    QFETCH(QString, value);
    QSqlQuery query(m_plan->connection());
    QVERIFY(!query.exec(
        QStringLiteral("UPDATE salary_band SET minimum = %1 WHERE id = (SELECT min(id) FROM salary_band)").arg(value)));
    QVERIFY(query.lastError().text().contains(QStringLiteral("CHECK constraint failed")));
    QVERIFY(
        !query.exec(QStringLiteral("UPDATE salary_band SET maximum = 5 WHERE id = (SELECT min(id) FROM salary_band)")));
}

void TestLadderRepository::foreignKeysAreEnforced()
{
    QSqlQuery query(m_plan->connection());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO level (ladder_id, position, title) VALUES (9999, 0, 'Orphan')")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("FOREIGN KEY")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM ladder WHERE name = 'Program Management'")));
    QCOMPARE(
        queryValue(m_path, QStringLiteral("SELECT count(*) FROM level WHERE ladder_id NOT IN (SELECT id FROM ladder)"))
            .toInt(),
        0);
}

void TestLadderRepository::sessionSignals()
{
    m_plan.reset();
    QString error;
    auto session = PlanSession::open(m_path, &error);
    QVERIFY2(session, qPrintable(error));
    QSignalSpy inserted(&session->ladderStore(), &LadderStore::levelsInserted);
    QSignalSpy changed(&session->ladderStore(), &LadderStore::levelChanged);
    CareerLevel level;
    level.title = QStringLiteral("Staff PM");
    QVERIFY(session->ladderStore().insertLevel(1, 3, level, &error));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(session->ladderStore().ladders()[1].levels[3].title, QStringLiteral("Staff PM"));
    QVERIFY(session->ladderStore().ladders()[1].levels[3].id > 0);

    level.title.clear();
    QVERIFY(!session->ladderStore().updateLevel(1, 3, level, &error));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(session->ladderStore().ladders()[1].levels[3].title, QStringLiteral("Staff PM"));
}

QTEST_GUILESS_MAIN(TestLadderRepository)
#include "tst_ladderrepository.moc"
