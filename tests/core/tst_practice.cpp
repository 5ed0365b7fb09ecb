// Interview practice: the Leitner schedule on hand-made histories, the coverage-weighted
// draw, the bank in new and migrated plans, and attempts kept as the file holds them.
#include "TestFiles.h"
#include "core/interviews/InterviewReadiness.h"
#include "core/interviews/PracticeClock.h"
#include "core/interviews/PracticeDraw.h"
#include "core/interviews/WritingTemplates.h"
#include "core/interviews/PracticeSchedule.h"
#include "core/interviews/QuestionBank.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanRules.h"
#include "core/plan/PlanSession.h"
#include "core/skills/SkillCatalog.h"
#include "core/storage/SchemaMigrator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace careerplanner;

namespace {

// An attempt at question on day with every rating the same.
PracticeAttempt rated(qint64 question, const QDate &day, int rating)
{
    PracticeAttempt attempt;
    attempt.questionId = question;
    attempt.practisedOn = day;
    attempt.structure = attempt.specificity = attempt.result = attempt.fit = attempt.length = rating;
    return attempt;
}

Question asking(qint64 id, const QStringList &principles)
{
    Question question;
    question.id = id;
    question.text = QStringLiteral("Question %1").arg(id);
    question.stage = QStringLiteral("loop");
    question.kind = QStringLiteral("behavioural");
    question.principles = principles;
    return question;
}

QList<qint64> idsOf(const QList<PracticeDraw::Pick> &picks)
{
    QList<qint64> ids;
    for (const PracticeDraw::Pick &pick : picks)
        ids.append(pick.questionId);
    return ids;
}

} // namespace

class TestPractice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boxesFollowTheRatings();
    void aPoorAnswerComesBackFirst();
    void drawTakesDueThenThinCoverageThenNew();
    void newPlansAndMigratedPlansGetTheBank();
    void attemptsAreKeptAndRefused();
    void theSampleHasPracticeToShow();
    void clockCountsDownAndPauses();
    void readinessByPrinciple();
    void writingTemplatesAndCounts();
};

void TestPractice::boxesFollowTheRatings()
{
    const QDate start(2026, 11, 2);
    // Never practised: not in a box, never due.
    QCOMPARE(PracticeSchedule::stateOf({}).box, 0);
    QVERIFY(!PracticeSchedule::stateOf({}).isDue(start));
    // Well, well, well: box 2, 3, 4; back 14 days after the last.
    const auto climbing = PracticeSchedule::stateOf(
        { rated(1, start.addDays(10), 5), rated(1, start, 4), rated(1, start.addDays(3), 5) });
    QCOMPARE(climbing.box, 4);
    QCOMPARE(climbing.attempts, 3);
    QCOMPARE(climbing.lastPractised, start.addDays(10));
    QCOMPARE(climbing.due, start.addDays(10 + 14));
    // A poor answer sends it back to box 1, tomorrow; a middling one keeps the box.
    const auto fallen = PracticeSchedule::stateOf(
        { rated(1, start, 5), rated(1, start.addDays(3), 5), rated(1, start.addDays(10), 2) });
    QCOMPARE(fallen.box, 1);
    QCOMPARE(fallen.due, start.addDays(11));
    const auto kept = PracticeSchedule::stateOf({ rated(1, start, 5), rated(1, start.addDays(3), 3) });
    QCOMPARE(kept.box, 2);
    QCOMPARE(kept.due, start.addDays(3 + 3));
    // 2.6 on average is not poor; 2.4 is.
    PracticeAttempt mixed = rated(1, start, 3);
    mixed.structure = 2;
    mixed.specificity = 2;
    QCOMPARE(mixed.averageRating(), 2.6);
    QCOMPARE(PracticeSchedule::stateOf({ rated(1, start, 5), rated(1, start.addDays(3), 5), mixed }).box, 3);
    // The top box comes back after 30 days and stays the top.
    QList<PracticeAttempt> many;
    for (int i = 0; i < 7; ++i)
        many.append(rated(1, start.addDays(i), 5));
    QCOMPARE(PracticeSchedule::stateOf(many).box, PracticeSchedule::Boxes);
    QCOMPARE(PracticeSchedule::stateOf(many).due, start.addDays(6 + 30));
}

void TestPractice::aPoorAnswerComesBackFirst()
{
    const QDate today(2026, 12, 1);
    // Question 1 answered well a week ago (box 2, due 3 days later: due); question 2 answered
    // poorly yesterday (box 1, due today); question 3 answered well yesterday (not due).
    const QList<PracticeAttempt> history { rated(1, today.addDays(-7), 5), rated(2, today.addDays(-1), 1),
                                           rated(3, today.addDays(-1), 5) };
    const auto states = PracticeSchedule::states(history);
    QCOMPARE(PracticeSchedule::dueCount(states, today), 2);
    const QList<Question> questions { asking(1, {}), asking(2, {}), asking(3, {}) };
    const auto picks = PracticeDraw::draw(questions, states, {}, today, 2);
    // The longest overdue first: question 1 was due four days ago, question 2 today.
    QCOMPARE(idsOf(picks), (QList<qint64> { 1, 2 }));
    QCOMPARE(picks.at(0).reason, PracticeDraw::Reason::Due);
    // Two poor answers on different days: the one due earlier comes first, whatever its id.
    const auto poor = PracticeSchedule::states(
        { rated(5, today.addDays(-1), 1), rated(4, today.addDays(-2), 5), rated(6, today.addDays(-3), 2) });
    const auto order = PracticeDraw::draw({ asking(4, {}), asking(5, {}), asking(6, {}) }, poor, {}, today, 3);
    QCOMPARE(idsOf(order), (QList<qint64> { 6, 5, 4 })); // 6 due the 29th, 5 today, 4 ahead (the 2nd)
    QCOMPARE(order.at(2).reason, PracticeDraw::Reason::Ahead);
}

void TestPractice::drawTakesDueThenThinCoverageThenNew()
{
    const QDate today(2026, 12, 1);
    const QString ownership = QStringLiteral("ownership");
    const QString frugality = QStringLiteral("frugality");
    const QString bias = QStringLiteral("bias_for_action");
    // Ownership has three stories, frugality none, bias for action one.
    const QList<StoryCoverage::Row> coverage { { ownership, QStringLiteral("Ownership"), 3 },
                                               { frugality, QStringLiteral("Frugality"), 0 },
                                               { bias, QStringLiteral("Bias for Action"), 1 } };
    const QList<Question> questions {
        asking(1, { ownership }), asking(2, { ownership }), asking(3, { bias }), asking(4, { frugality }),
        asking(5, { frugality }), asking(6, { bias }),      asking(7, {})
    };
    const auto states = PracticeSchedule::states({ rated(2, today.addDays(-2), 2) }); // 2 is due
    const auto picks = PracticeDraw::draw(questions, states, coverage, today, 6);
    // Due 2; then one per thin principle in turn, the thinnest first (4, 3, then 5, 6);
    // then the rest never practised in the bank's order (1).
    QCOMPARE(idsOf(picks), (QList<qint64> { 2, 4, 3, 5, 6, 1 }));
    QCOMPARE(picks.at(0).reason, PracticeDraw::Reason::Due);
    QCOMPARE(picks.at(1).reason, PracticeDraw::Reason::ThinCoverage);
    QCOMPARE(picks.at(5).reason, PracticeDraw::Reason::New);
    // Never more than asked for, never a question twice.
    QCOMPARE(PracticeDraw::draw(questions, states, coverage, today, 3).size(), 3);
    QCOMPARE(PracticeDraw::draw(questions, states, coverage, today, 50).size(), questions.size());
}

void TestPractice::newPlansAndMigratedPlansGetTheBank()
{
    QList<Skill> skills;
    SkillMatrix matrix;
    QList<Question> bank;
    QString error;
    QVERIFY2(SkillCatalog::load(&skills, &matrix, &error) && QuestionBank::load(&bank, skills, &error),
             qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.careerplan"));
    QVERIFY2(PlanFactory::createWithReferenceLadders(path, &error), qPrintable(error));
    const auto count = [&path](const char *sql) { return testfiles::queryValue(path, QLatin1String(sql)).toInt(); };
    QCOMPARE(count("SELECT count(*) FROM question"), bank.size());
    QCOMPARE(count("SELECT count(*) FROM question WHERE source_file <> ''"),
             std::count_if(bank.cbegin(), bank.cend(), [](const Question &q) { return q.fromGuides(); }));

    {
        auto session = PlanSession::open(path, &error);
        QVERIFY2(session, qPrintable(error));
        const QList<Question> &stored = session->interviewStore().questions();
        QCOMPARE(stored.size(), bank.size());
        for (int i = 0; i < bank.size(); ++i) {
            QCOMPARE(stored[i].text, bank[i].text);
            QCOMPARE(stored[i].stage, bank[i].stage);
            QCOMPARE(stored[i].kind, bank[i].kind);
            // The tags come back in the catalogue's order.
            const auto sorted = [](QStringList keys) {
                keys.sort();
                return keys;
            };
            QCOMPARE(sorted(stored[i].principles), sorted(bank[i].principles));
            QCOMPARE(sorted(stored[i].skills), sorted(bank[i].skills));
            QCOMPARE(stored[i].ladders, bank[i].ladders);
            QCOMPARE(stored[i].source, bank[i].source);
        }
    }

    // A plan of version 8 has none of the tables; opened, it gets them and the bank.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char *statement :
             { "DROP TABLE case_choice", "DROP TABLE feedback_tag", "DROP TABLE feedback_quote",
               "DROP TABLE conversation_action", "DROP TABLE career_conversation", "DROP TABLE application_reminder",
               "DROP TABLE offer_vesting", "DROP TABLE application_offer", "DROP TABLE stage_question",
               "DROP TABLE stage_principle", "DROP TABLE application_stage", "DROP TABLE job_application",
               "DROP TABLE practice_attempt", "DROP TABLE question_ladder", "DROP TABLE question_tag",
               "DROP TABLE question", "DROP TABLE writing_draft", "PRAGMA user_version = 8" })
            QVERIFY2(query.exec(QLatin1String(statement)), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QVERIFY2(PlanDatabase::open(path, PlanRules::upkeep(), &error), qPrintable(error));
    QCOMPARE(count("PRAGMA user_version"), SchemaMigrator::latestVersion());
    QCOMPARE(count("SELECT count(*) FROM question"), bank.size());
    QCOMPARE(count("SELECT count(*) FROM question_tag t JOIN skill s ON s.id = t.skill_id "
                   "WHERE s.kind = 'leadership_principle'"),
             std::accumulate(bank.cbegin(), bank.cend(), 0,
                             [](int sum, const Question &q) { return sum + int(q.principles.size()); }));
}

void TestPractice::attemptsAreKeptAndRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.careerplan"));
    QString error;
    QVERIFY2(PlanFactory::createSample(path, &error), qPrintable(error));
    auto session = PlanSession::open(path, &error);
    QVERIFY2(session, qPrintable(error));
    InterviewStore &store = session->interviewStore();
    const int before = int(store.attempts().size());

    PracticeAttempt attempt = rated(store.questions().at(0).id, QDate::currentDate(), 4);
    attempt.secondsTaken = 95;
    attempt.timeLimit = 120;
    attempt.storyId = session->storyStore().stories().at(0).id;
    attempt.length = 2;
    attempt.note = QStringLiteral("Too long on the situation");
    QVERIFY2(store.saveAttempt(attempt, &error), qPrintable(error));
    QCOMPARE(store.attempts().size(), before + 1);
    const auto row = [&path](const QString &column) {
        return testfiles::queryValue(
            path, QStringLiteral("SELECT %1 FROM practice_attempt ORDER BY id DESC LIMIT 1").arg(column));
    };
    QCOMPARE(row(QStringLiteral("seconds_taken")).toInt(), 95);
    QCOMPARE(row(QStringLiteral("time_limit")).toInt(), 120);
    QCOMPARE(row(QStringLiteral("length")).toInt(), 2);
    QCOMPARE(row(QStringLiteral("story_id")).toLongLong(), attempt.storyId);
    QCOMPARE(row(QStringLiteral("practised_on")).toString(), QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(store.schedule().value(attempt.questionId).practised());

    // Refused, and nothing written: a rating out of range, a day to come, a story not there.
    const QString dump = testfiles::dumpTables(path);
    PracticeAttempt bad = attempt;
    bad.fit = 6;
    QVERIFY(!store.saveAttempt(bad, &error));
    QCOMPARE(error, QStringLiteral("Each rating is from 1 to 5."));
    bad = attempt;
    bad.practisedOn = QDate::currentDate().addDays(1);
    QVERIFY(!store.saveAttempt(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("today at the latest")), qPrintable(error));
    bad = attempt;
    bad.storyId = 999'999;
    QVERIFY(!store.saveAttempt(bad, &error));
    QCOMPARE(error, QStringLiteral("That story is no longer in the plan."));
    QCOMPARE(testfiles::dumpTables(path), dump);

    // Removing the story leaves the attempt, told without a story.
    QVERIFY2(session->storyStore().removeStory(0, &error), qPrintable(error));
    QVERIFY(row(QStringLiteral("story_id")).isNull());
    QCOMPARE(store.attempts().constLast().storyId, 0);
    // Removing the question removes its attempts.
    QVERIFY2(store.removeQuestion(0, &error), qPrintable(error));
    QCOMPARE(testfiles::queryValue(
                 path,
                 QStringLiteral("SELECT count(*) FROM practice_attempt WHERE question_id = %1").arg(attempt.questionId))
                 .toInt(),
             0);
    QVERIFY(!store.schedule().contains(attempt.questionId));
}

void TestPractice::theSampleHasPracticeToShow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.careerplan"));
    QString error;
    QVERIFY2(PlanFactory::createSample(path, &error), qPrintable(error));
    auto session = PlanSession::open(path, &error);
    QVERIFY2(session, qPrintable(error));
    const InterviewStore &store = session->interviewStore();
    const QList<PracticeAttempt> attempts = store.attempts();
    QVERIFY(attempts.size() >= 8);
    const auto [first, last] = std::minmax_element(
        attempts.cbegin(), attempts.cend(),
        [](const PracticeAttempt &a, const PracticeAttempt &b) { return a.practisedOn < b.practisedOn; });
    QVERIFY(first->practisedOn.daysTo(last->practisedOn) >= 21); // a few weeks of practice
    // Some questions are due again, not all of them.
    const int due = PracticeSchedule::dueCount(store.schedule(), QDate::currentDate());
    QVERIFY(due >= 2);
    const auto &schedule = store.schedule();
    QVERIFY(due < std::count_if(
                schedule.cbegin(), schedule.cend(),
                [](const PracticeSchedule::State &state) { return state.practised(); }));
    QVERIFY(std::any_of(attempts.cbegin(), attempts.cend(), [](const PracticeAttempt &a) { return a.storyId == 0; }));
    const QList<Story> &stories = session->storyStore().stories();
    QVERIFY(std::all_of(attempts.cbegin(), attempts.cend(), [&](const PracticeAttempt &a) {
        return a.storyId == 0
               || std::any_of(stories.cbegin(), stories.cend(), [&](const Story &s) { return s.id == a.storyId; });
    }));
    QCOMPARE(store.drafts().size(), 1);
    QVERIFY(store.drafts().at(0).body.split(QLatin1Char(' ')).size() > 100);
}

void TestPractice::clockCountsDownAndPauses()
{
    qint64 now = 10'000;
    PracticeClock clock([&now] { return now; });
    clock.start(120);
    QCOMPARE(clock.remainingSeconds(), 120);
    QCOMPARE(PracticeClock::format(clock.remainingSeconds()), QStringLiteral("2:00"));
    now += 89'500;
    QCOMPARE(clock.remainingSeconds(), 31); // 30.5 s left shows as 0:31
    QVERIFY(!clock.isWarning());
    now += 600;
    QVERIFY(clock.isWarning());
    clock.pause();
    now += 60'000; // a paused minute does not count
    QCOMPARE(clock.elapsedSeconds(), 90);
    QVERIFY(clock.isPaused());
    clock.resume();
    now += 42'000;
    QVERIFY(clock.isOverTime());
    QVERIFY(!clock.isWarning());
    QCOMPARE(clock.elapsedSeconds(), 132);
    QCOMPARE(PracticeClock::format(clock.remainingSeconds()), QStringLiteral("\u22120:12"));
    clock.start(0); // no limit: never a warning, never over
    now += 3'600'000;
    QCOMPARE(clock.elapsedSeconds(), 3600);
    QVERIFY(!clock.isWarning() && !clock.isOverTime());
}

void TestPractice::readinessByPrinciple()
{
    QList<Skill> skills;
    SkillMatrix matrix;
    QString error;
    QVERIFY2(SkillCatalog::load(&skills, &matrix, &error), qPrintable(error));
    const QDate today(2026, 12, 1);
    const QList<Question> questions { asking(1, { QStringLiteral("ownership") }),
                                      asking(2, { QStringLiteral("ownership"), QStringLiteral("backbone") }),
                                      asking(3, { QStringLiteral("backbone") }) };
    Story story;
    story.tags = { QStringLiteral("ownership") };
    // Question 1 answered well long ago (due), question 2 poorly yesterday (due today).
    const auto schedule = PracticeSchedule::states({ rated(1, today.addDays(-40), 5), rated(2, today.addDays(-1), 2) });
    const QList<InterviewReadiness::Row> rows
        = InterviewReadiness::byPrinciple(skills, { story, story }, questions, schedule, today);
    QCOMPARE(rows.size(), 16);
    const auto row = [&](const char *key) {
        return *std::find_if(rows.cbegin(), rows.cend(),
                             [&](const InterviewReadiness::Row &r) { return r.key == QLatin1String(key); });
    };
    const InterviewReadiness::Row ownership = row("ownership"), backbone = row("backbone"),
                                  frugality = row("frugality");
    QCOMPARE(ownership.stories, 2);
    QCOMPARE(ownership.questions, 2);
    QCOMPARE(ownership.practised, 2);
    QCOMPARE(ownership.due, 2);
    QCOMPARE(ownership.latestRating, 2.0); // yesterday's answer, not the older good one
    QCOMPARE(ownership.latestPractised, today.addDays(-1));
    QCOMPARE(backbone.stories, 0);
    QCOMPARE(backbone.questions, 2);
    QCOMPARE(backbone.practised, 1);
    QCOMPARE(frugality.questions, 0);
    QCOMPARE(frugality.latestRating, 0.0);
    QVERIFY(!frugality.latestPractised.isValid());
}

void TestPractice::writingTemplatesAndCounts()
{
    const QList<WritingTemplate> templates = WritingTemplates::all();
    QVERIFY(templates.size() >= 3);
    const int backwards = WritingTemplates::indexOf(QStringLiteral("working_backwards"));
    QVERIFY(backwards >= 0);
    const QString body = WritingTemplates::body(templates.at(backwards));
    QVERIFY(body.startsWith(QStringLiteral("The customer and the problem\n")));
    QVERIFY(body.contains(QStringLiteral("Risks and trade-offs")));
    for (const WritingTemplate &writing : templates)
        QVERIFY2(!writing.source.file.isEmpty() && writing.headings.size() >= 4, qPrintable(writing.key));
    QCOMPARE(WritingTemplates::indexOf(QStringLiteral("nothing")), -1);
    QCOMPARE(WritingTemplates::wordCount(QStringLiteral("  Customers don't wait;\n\nwe ship in two-week steps. ")), 8);
    QCOMPARE(WritingTemplates::wordCount(QString()), 0);
    QCOMPARE(WritingTemplates::pages(750), 1.5);
}

QTEST_GUILESS_MAIN(TestPractice)
#include "tst_practice.moc"
