// Undo and redo of every kind of edit, checked against the file itself: after undo every
// table holds exactly the rows it held before the edit (row ids included), after redo
// exactly the rows it held after it, and the session's memory follows.
#include "core/io/MarketImporter.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "TestFiles.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace careerplanner;
using testfiles::dumpTables;

class TestUndoLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachKindOfEditUndoesAndRedoesExactly_data();
    void eachKindOfEditUndoesAndRedoesExactly();
    void aRefusedEditRecordsNothing();
    void severalEditsUndoInTurn();
    void undoLeavesTheFileReadableByOthers();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
};

using Edit = std::function<bool(PlanSession &, QString *)>;
Q_DECLARE_METATYPE(Edit)

void TestUndoLog::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("undo.careerplan"));
    QString error;
    QVERIFY(PlanFactory::createSample(m_path, &error));
    m_session = PlanSession::open(m_path, &error);
    QVERIFY2(m_session, qPrintable(error));
}

void TestUndoLog::cleanup()
{
    m_session.reset();
    delete m_dir;
}

void TestUndoLog::eachKindOfEditUndoesAndRedoesExactly_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("description");

    QTest::newRow("edit a level's band") << Edit([](PlanSession &s, QString *e) {
        CareerLevel level = s.ladderStore().ladders().at(0).levels.at(1);
        SalaryBand band = *level.band(SalaryBand::Kind::Base);
        band.minimum += 500'000;
        level.setBand(SalaryBand::Kind::Base, band);
        level.responsibilities.append(QStringLiteral("Runs the quarterly review"));
        return s.ladderStore().updateLevel(0, 1, level, e);
    }) << QStringLiteral("Edit level Program Manager");
    QTest::newRow("add a level") << Edit([](PlanSession &s, QString *e) {
        CareerLevel level;
        level.title = QStringLiteral("Program Manager II");
        return s.ladderStore().insertLevel(0, 2, level, e);
    }) << QStringLiteral("Add level Program Manager II");
    // Cascades to its texts, bands and skill expectations; sets pay years' level to NULL.
    QTest::newRow("remove a level") << Edit([](PlanSession &s, QString *e) {
        return s.ladderStore().removeLevel(0, 1, e);
    }) << QStringLiteral("Remove level Program Manager");
    QTest::newRow("add a ladder") << Edit([](PlanSession &s, QString *e) {
        CareerLadder ladder;
        ladder.name = QStringLiteral("My company");
        CareerLevel level;
        level.title = QStringLiteral("PM 1");
        ladder.levels.append(level);
        return s.ladderStore().addLadder(ladder, e);
    }) << QStringLiteral("Add ladder My company");
    QTest::newRow("remove a ladder") << Edit([](PlanSession &s, QString *e) {
        return s.ladderStore().removeLadder(0, e);
    }) << QStringLiteral("Remove ladder Program Management");
    QTest::newRow("edit a pay package") << Edit([](PlanSession &s, QString *e) {
        PayPackage package = s.payStore().payPackages().at(0);
        package.signOnYear2 += 1'000'000;
        return s.payStore().updatePackage(0, package, e);
    }) << QString();
    QTest::newRow("remove a pay package")
        << Edit([](PlanSession &s, QString *e) { return s.payStore().removePackage(0, e); }) << QString();
    QTest::newRow("save a pay year over one") << Edit([](PlanSession &s, QString *e) {
        PayRecord record = s.payStore().payHistory().constLast();
        record.bonus += 250'000;
        return s.payStore().saveRecord(record, e);
    }) << QString();
    QTest::newRow("remove a pay year") << Edit([](PlanSession &s, QString *e) {
        return s.payStore().removeRecord(0, e);
    }) << QStringLiteral("Remove a year of pay");
    QTest::newRow("pay assumptions") << Edit([](PlanSession &s, QString *e) {
        BandAdjustment adjustment = s.payStore().adjustment();
        adjustment.enabled = !adjustment.enabled;
        return s.payStore().setAdjustment(adjustment, e);
    }) << QStringLiteral("Change pay assumptions");
    QTest::newRow("add an exchange rate") << Edit([](PlanSession &s, QString *e) {
        return s.payStore().addRate({ 0, QStringLiteral("INR"), QStringLiteral("USD"), QStringLiteral("0.0120"),
                                      QDate(2026, 11, 1), QStringLiteral("offer letter") },
                                    e);
    }) << QStringLiteral("Add exchange rate INR to USD");
    QTest::newRow("display currency") << Edit([](PlanSession &s, QString *e) {
        return s.payStore().setDisplayCurrency(QStringLiteral("EUR"), e);
    }) << QStringLiteral("Show amounts in EUR");
    QTest::newRow("profile") << Edit([](PlanSession &s, QString *e) {
        Profile profile = s.pathStore().profile();
        profile.name = QStringLiteral("Jordan O'Brien; DROP TABLE goal;--");
        return s.pathStore().setProfile(profile, e);
    }) << QStringLiteral("Edit profile");
    QTest::newRow("edit a scenario") << Edit([](PlanSession &s, QString *e) {
        Scenario scenario = s.pathStore().scenarios().at(1);
        scenario.steps[1].targetDate = scenario.steps[1].targetDate.addMonths(2);
        scenario.steps[1].milestones.removeLast();
        return s.pathStore().replaceScenario(1, scenario, e);
    }) << QStringLiteral("Edit scenario Fast track");
    QTest::newRow("remove a scenario") << Edit([](PlanSession &s, QString *e) {
        return s.pathStore().removeScenario(2, e);
    }) << QStringLiteral("Remove scenario IC path");
    QTest::newRow("milestone status") << Edit([](PlanSession &s, QString *e) {
        Milestone milestone = s.pathStore().scenarios().at(0).steps.at(1).milestones.at(3);
        milestone.status = Milestone::Status::Done;
        milestone.completedDate = QDate(2026, 11, 1);
        milestone.evidence = QStringLiteral("Ran the review — ✓ 🎉");
        return s.pathStore().updateMilestone(0, 1, 3, milestone, e);
    }) << QString();
    QTest::newRow("record a promotion") << Edit([](PlanSession &s, QString *e) {
        Promotion promotion { 0, QDate(2026, 11, 2), s.pathStore().profile().ladderName,
                              QStringLiteral("Senior Program Manager"), QStringLiteral("At last") };
        return s.pathStore().addPromotion(promotion, e);
    }) << QStringLiteral("Record promotion to Senior Program Manager");
    QTest::newRow("remove a promotion") << Edit([](PlanSession &s, QString *e) {
        return s.pathStore().removePromotion(0, e);
    }) << QString();
    QTest::newRow("skill expectation") << Edit([](PlanSession &s, QString *e) {
        const CareerLadder &ladder = s.ladderStore().ladders().at(0);
        return s.skillStore().setExpectation(ladder.name, ladder.levels.at(2).title, s.skillStore().skills().at(0).key,
                                             5, e);
    }) << QString();
    QTest::newRow("add a goal") << Edit([](PlanSession &s, QString *e) {
        Goal goal;
        goal.skillKey = s.skillStore().skills().at(1).key;
        goal.target = 4;
        goal.checkIns.append({ 0, QDate(2026, 10, 3), 2, QStringLiteral("first look") });
        return s.skillStore().saveGoal(goal, e);
    }) << QStringLiteral("Add goal");
    QTest::newRow("edit a goal's check-ins") << Edit([](PlanSession &s, QString *e) {
        Goal goal = s.skillStore().goals().at(0);
        goal.checkIns.removeFirst();
        goal.notes = QStringLiteral("rewritten");
        return s.skillStore().saveGoal(goal, e);
    }) << QStringLiteral("Edit goal");
    QTest::newRow("remove a goal") << Edit([](PlanSession &s, QString *e) { return s.skillStore().removeGoal(0, e); })
                                   << QStringLiteral("Remove goal");
    QTest::newRow("edit a story") << Edit([](PlanSession &s, QString *e) {
        Story story = s.storyStore().stories().at(0);
        story.tags.removeFirst();
        story.result = QStringLiteral("Shipped; \"quoted\" and\nmultiline");
        return s.storyStore().saveStory(story, e);
    }) << QString();
    QTest::newRow("remove a story") << Edit([](PlanSession &s, QString *e) { return s.storyStore().removeStory(0, e); })
                                    << QString();
    QTest::newRow("add a question") << Edit([](PlanSession &s, QString *e) {
        Question question;
        question.text = QStringLiteral("Tell me about a launch you stopped.");
        question.stage = QStringLiteral("loop");
        question.kind = QStringLiteral("behavioural");
        question.principles = { QStringLiteral("ownership") };
        return s.interviewStore().saveQuestion(question, e);
    }) << QStringLiteral("Add question Tell me about a launch you stopped.");
    QTest::newRow("remove a question") << Edit([](PlanSession &s, QString *e) {
        return s.interviewStore().removeQuestion(0, e);
    }) << QString();
    QTest::newRow("practise a question") << Edit([](PlanSession &s, QString *e) {
        PracticeAttempt attempt;
        attempt.questionId = s.interviewStore().questions().at(2).id;
        attempt.practisedOn = QDate(2026, 11, 30);
        attempt.secondsTaken = 101;
        attempt.timeLimit = 120;
        attempt.storyId = s.storyStore().stories().at(0).id;
        attempt.result = 5;
        attempt.note = QStringLiteral("Led with the metric");
        return s.interviewStore().saveAttempt(attempt, e);
    }) << QString();
    QTest::newRow("add a draft") << Edit([](PlanSession &s, QString *e) {
        return s.interviewStore().saveDraft({ 0, QStringLiteral("Narrative"), QStringLiteral("working_backwards"),
                                              QStringLiteral("The customer..."), QDate(2026, 11, 30) },
                                            e);
    }) << QStringLiteral("Add draft Narrative");
    // 600 reports: their redo runs as several multi-row inserts, whatever their texts hold.
    QTest::newRow("import market reports") << Edit([](PlanSession &s, QString *e) {
        QByteArray csv = "company,title,level,base\n";
        for (int i = 0; i < 600; ++i)
            csv += "\"Acme VALUES (1), 'x'\",\"Program, \"\"Manager\"\"\",L" + QByteArray::number(i % 7) + ","
                   + QByteArray::number(100'000 + i) + "\n";
        QTemporaryFile file(QDir::temp().filePath(QStringLiteral("reports-XXXXXX.csv")));
        if (!file.open() || file.write(csv) != csv.size() || !file.flush())
            return false;
        int added = 0;
        return MarketImporter::apply(s, MarketImporter::preview(s, file.fileName(), QDate(2026, 12, 2)), &added, e)
               && added == 600;
    }) << QString();
}

void TestUndoLog::eachKindOfEditUndoesAndRedoesExactly()
{
    QFETCH(Edit, edit);
    QFETCH(QString, description);
    QSignalSpy recorded(m_session.get(), &PlanSession::editRecorded);
    const QString before = dumpTables(m_path);
    QVERIFY(before.contains(QStringLiteral("== goal")));
    QString error;
    QVERIFY2(edit(*m_session, &error), qPrintable(error));
    const QString after = dumpTables(m_path);
    QVERIFY(after != before);
    QCOMPARE(recorded.count(), 1);
    if (!description.isEmpty())
        QCOMPARE(recorded.at(0).at(0).toString(), description);
    const PlanUndoLog::Range range { recorded.at(0).at(1).toLongLong(), recorded.at(0).at(2).toLongLong() };
    QVERIFY(!range.isEmpty());

    PlanUndoLog::Range redo;
    QVERIFY2(m_session->replayEdit(range, &redo, &error), qPrintable(error));
    QCOMPARE(dumpTables(m_path), before);
    QCOMPARE(recorded.count(), 1); // replaying is not a new edit

    PlanUndoLog::Range undoAgain;
    QVERIFY2(m_session->replayEdit(redo, &undoAgain, &error), qPrintable(error));
    QCOMPARE(dumpTables(m_path), after);
    QVERIFY2(m_session->replayEdit(undoAgain, &redo, &error), qPrintable(error));
    QCOMPARE(dumpTables(m_path), before);

    // Memory follows the file: a second session reading it sees the same plan.
    m_session.reset();
    auto reopened = PlanSession::open(m_path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(dumpTables(m_path), before);
}

void TestUndoLog::aRefusedEditRecordsNothing()
{
    QSignalSpy recorded(m_session.get(), &PlanSession::editRecorded);
    Goal goal;
    goal.skillKey = QStringLiteral("no such skill");
    QString error;
    QVERIFY(!m_session->skillStore().saveGoal(goal, &error));
    QVERIFY(!m_session->skillStore().removeGoal(999, &error));
    QCOMPARE(recorded.count(), 0);
}

void TestUndoLog::severalEditsUndoInTurn()
{
    QSignalSpy recorded(m_session.get(), &PlanSession::editRecorded);
    QStringList states { dumpTables(m_path) };
    QString error;
    for (int i = 0; i < 3; ++i) {
        Profile profile = m_session->pathStore().profile();
        profile.location = QStringLiteral("City %1").arg(i);
        QVERIFY2(m_session->pathStore().setProfile(profile, &error), qPrintable(error));
        QVERIFY2(m_session->storyStore().removeStory(0, &error), qPrintable(error));
        states.append(dumpTables(m_path));
    }
    QCOMPARE(recorded.count(), 6);
    // Undo the last four edits, newest first, then redo them oldest first.
    QList<PlanUndoLog::Range> redos;
    for (int i = 5; i >= 2; --i) {
        PlanUndoLog::Range redo;
        const PlanUndoLog::Range range { recorded.at(i).at(1).toLongLong(), recorded.at(i).at(2).toLongLong() };
        QVERIFY2(m_session->replayEdit(range, &redo, &error), qPrintable(error));
        redos.prepend(redo);
        if (i == 4)
            QCOMPARE(dumpTables(m_path), states.at(2));
    }
    QCOMPARE(dumpTables(m_path), states.at(1));
    QCOMPARE(m_session->pathStore().profile().location, QStringLiteral("City 0"));
    for (const PlanUndoLog::Range &redo : std::as_const(redos)) {
        PlanUndoLog::Range undo;
        QVERIFY2(m_session->replayEdit(redo, &undo, &error), qPrintable(error));
    }
    QCOMPARE(dumpTables(m_path), states.constLast());
    QCOMPARE(m_session->pathStore().profile().location, QStringLiteral("City 2"));
}

void TestUndoLog::undoLeavesTheFileReadableByOthers()
{
    // The triggers and the log are temporary: the file's schema is what it was.
    const QVariant schemaBefore
        = testfiles::queryValue(m_path, QStringLiteral("SELECT group_concat(sql) FROM sqlite_schema"));
    QString error;
    QVERIFY(m_session->storyStore().removeStory(0, &error));
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT group_concat(sql) FROM sqlite_schema")),
             schemaBefore);
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"))
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestUndoLog)
#include "tst_undolog.moc"
