// Career conversations and feedback without a window: edits and their undo as the file
// holds them, an agreed action made a milestone or a goal in one step (and still linked
// after the path is edited), the sample's part, and the CSV and JSON round trips.
#include "core/base/CsvReader.h"
#include "core/conversations/ConversationCsv.h"
#include "core/conversations/ConversationRhythm.h"
#include "core/io/PlanJson.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"

#include "PlanFixture.h"
#include "SessionTestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;
using testfiles::count;
using testfiles::undoLast;

class TestConversations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(m_fixture.reset(testfiles::PlanFixture::Content::Sample), qPrintable(m_fixture.error())); }
    void conversationsAreKeptAndUndone();
    void anAgreedActionBecomesAMilestone();
    void anAgreedActionBecomesAGoal();
    void feedbackIsKeptAndRefused();
    void theSampleHasItsPart();
    void csvAndJsonRoundTrips();

private:
    testfiles::PlanFixture m_fixture;
};

void TestConversations::conversationsAreKeptAndUndone()
{
    QString error;
    auto session = PlanSession::open(m_fixture.plan(), &error);
    QVERIFY2(session, qPrintable(error));
    ConversationStore &store = session->conversationStore();
    const qint64 before = count(*session, QStringLiteral("SELECT count(*) FROM career_conversation"));
    QSignalSpy recorded(session.get(), &PlanSession::editRecorded);

    CareerConversation conversation;
    conversation.heldOn = QDate::currentDate();
    conversation.person = QStringLiteral("Morgan Lee");
    conversation.relation = CareerConversation::Relation::SkipLevel;
    conversation.askedFor = QStringLiteral("A program with leadership visibility");
    conversation.agreed = { { QStringLiteral("Own the peak-season readiness review"), 0, 0 },
                            { QStringLiteral("Meet monthly until March"), 0, 0 } };
    qint64 id = 0;
    QVERIFY2(store.saveConversation(conversation, &error, &id), qPrintable(error));
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM career_conversation")), before + 1);
    QCOMPARE(
        count(*session, QStringLiteral("SELECT count(*) FROM conversation_action WHERE conversation_id = %1").arg(id)),
        qint64(2));
    QCOMPARE(store.conversations().constFirst().person, conversation.person); // newest first

    // Refused: held tomorrow, nobody named, the next one before this one. Nothing is written.
    CareerConversation bad = conversation;
    bad.id = 0;
    bad.heldOn = QDate::currentDate().addDays(1);
    QVERIFY(!store.saveConversation(bad, &error));
    QVERIFY(error.contains(QStringLiteral("today at the latest")));
    bad.heldOn = QDate::currentDate();
    bad.person = QStringLiteral("  ");
    QVERIFY(!store.saveConversation(bad, &error));
    bad.person = QStringLiteral("Morgan Lee");
    bad.nextOn = bad.heldOn.addDays(-1);
    QVERIFY(!store.saveConversation(bad, &error));
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM career_conversation")), before + 1);

    // Edited, then undone: the file holds the words before.
    CareerConversation edited = store.conversations().at(store.conversationIndex(id));
    edited.feedback = QStringLiteral("Bring solutions, not status.");
    edited.agreed.removeLast();
    QVERIFY2(store.saveConversation(edited, &error), qPrintable(error));
    QCOMPARE(store.conversations().at(store.conversationIndex(id)).agreed.size(), 1);
    QVERIFY2(undoLast(*session, recorded, &error), qPrintable(error));
    QCOMPARE(store.conversations().at(store.conversationIndex(id)).agreed.size(), 2);
    QVERIFY(store.conversations().at(store.conversationIndex(id)).feedback.isEmpty());

    // Removed with its actions, then undone.
    QVERIFY2(store.removeConversation(store.conversationIndex(id), &error), qPrintable(error));
    QCOMPARE(
        count(*session, QStringLiteral("SELECT count(*) FROM conversation_action WHERE conversation_id = %1").arg(id)),
        qint64(0));
    QVERIFY2(undoLast(*session, recorded, &error), qPrintable(error));
    QVERIFY(store.conversationIndex(id) >= 0);

    // The rhythm the user chose is kept, refused beyond a year, and undone.
    QCOMPARE(store.rhythmMonths(), 12);
    QVERIFY2(store.setRhythmMonths(6, &error), qPrintable(error));
    QCOMPARE(store.rhythmMonths(), 6);
    QVERIFY(!store.setRhythmMonths(18, &error));
    QVERIFY2(undoLast(*session, recorded, &error), qPrintable(error));
    QCOMPARE(store.rhythmMonths(), 12);
}

void TestConversations::anAgreedActionBecomesAMilestone()
{
    QString error;
    auto session = PlanSession::open(m_fixture.plan(), &error);
    QVERIFY2(session, qPrintable(error));
    ConversationStore &store = session->conversationStore();
    PathStore &path = session->pathStore();
    QSignalSpy recorded(session.get(), &PlanSession::editRecorded);
    // The sample's mentor conversation agreed one action, not yet on the plan.
    const int mentor = 0;
    const CareerConversation conversation = store.conversations().at(mentor);
    QCOMPARE(conversation.relation, CareerConversation::Relation::Mentor);
    QVERIFY(!conversation.agreed.at(0).isMade());
    const int milestonesBefore = int(path.scenarios().constFirst().steps.at(1).milestones.size());

    QVERIFY2(store.makeMilestone(conversation.id, 0, 1, &error), qPrintable(error));
    QCOMPARE(recorded.size(), 1); // the milestone and the link: one step
    const QList<Milestone> &milestones = path.scenarios().constFirst().steps.at(1).milestones;
    QCOMPARE(milestones.size(), milestonesBefore + 1);
    QCOMPARE(milestones.constLast().title, conversation.agreed.at(0).text);
    QCOMPARE(milestones.constLast().status, Milestone::Status::Planned);
    const qint64 milestoneId = milestones.constLast().id;
    QCOMPARE(store.conversations().at(mentor).agreed.at(0).milestoneId, milestoneId);
    // Made once only.
    QVERIFY(!store.makeMilestone(conversation.id, 0, 1, &error));
    QVERIFY(error.contains(QStringLiteral("already on the plan")));

    // The path edited elsewhere (another milestone added before it): the link holds.
    Scenario edited = path.scenarios().constFirst();
    Milestone first;
    first.title = QStringLiteral("Shadow a Senior PM's launch");
    edited.steps[1].milestones.prepend(first);
    QVERIFY2(path.replaceScenario(0, edited, &error), qPrintable(error));
    QCOMPARE(path.scenarios().constFirst().steps.at(1).milestones.constLast().id, milestoneId);
    QCOMPARE(store.conversations().at(mentor).agreed.at(0).milestoneId, milestoneId);
    // The milestone removed: the action stays, no longer made.
    edited = path.scenarios().constFirst();
    edited.steps[1].milestones.removeLast();
    QVERIFY2(path.replaceScenario(0, edited, &error), qPrintable(error));
    QVERIFY(!store.conversations().at(mentor).agreed.at(0).isMade());
    QCOMPARE(store.conversations().at(mentor).agreed.at(0).text, conversation.agreed.at(0).text);

    // Undone twice and once more: the milestone is back and linked, then both go in one step.
    QVERIFY2(undoLast(*session, recorded, &error), qPrintable(error));
    QCOMPARE(store.conversations().at(mentor).agreed.at(0).milestoneId, milestoneId);
    recorded.removeLast();
    QVERIFY2(undoLast(*session, recorded, &error), qPrintable(error));
    recorded.removeLast();
    QVERIFY2(undoLast(*session, recorded, &error), qPrintable(error));
    QCOMPARE(path.scenarios().constFirst().steps.at(1).milestones.size(), milestonesBefore);
    QVERIFY(!store.conversations().at(mentor).agreed.at(0).isMade());
    QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM milestone WHERE id = %1").arg(milestoneId)),
             qint64(0));
}

void TestConversations::anAgreedActionBecomesAGoal()
{
    QString error;
    auto session = PlanSession::open(m_fixture.plan(), &error);
    QVERIFY2(session, qPrintable(error));
    ConversationStore &store = session->conversationStore();
    QSignalSpy recorded(session.get(), &PlanSession::editRecorded);
    // The manager's third action: mentoring, a goal in people management.
    const int manager = 1;
    const CareerConversation conversation = store.conversations().at(manager);
    QCOMPARE(conversation.relation, CareerConversation::Relation::Manager);
    QVERIFY(!conversation.agreed.at(2).isMade());
    const int goalsBefore = int(session->skillStore().goals().size());
    Goal goal;
    goal.skillKey = QStringLiteral("juggling");
    goal.target = 3;
    goal.forLevel = QStringLiteral("Senior Program Manager");
    // A goal for a skill the plan does not have is refused, and nothing changes.
    QVERIFY(!store.makeGoal(conversation.id, 2, goal, &error));
    QVERIFY(recorded.isEmpty());
    QVERIFY(!store.conversations().at(manager).agreed.at(2).isMade());
    goal.skillKey = QStringLiteral("people");
    QVERIFY2(store.makeGoal(conversation.id, 2, goal, &error), qPrintable(error));
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(session->skillStore().goals().size(), goalsBefore + 1);
    const qint64 goalId = store.conversations().at(manager).agreed.at(2).goalId;
    const auto made = std::find_if(session->skillStore().goals().cbegin(), session->skillStore().goals().cend(),
                                   [goalId](const Goal &g) { return g.id == goalId; });
    QVERIFY(made != session->skillStore().goals().cend());
    QCOMPARE(made->skillKey, QStringLiteral("people"));
    QCOMPARE(made->notes, conversation.agreed.at(2).text);
    // Undone: the goal and the link go together.
    QVERIFY2(undoLast(*session, recorded, &error), qPrintable(error));
    QCOMPARE(session->skillStore().goals().size(), goalsBefore);
    QVERIFY(!store.conversations().at(manager).agreed.at(2).isMade());
}

void TestConversations::feedbackIsKeptAndRefused()
{
    QString error;
    auto session = PlanSession::open(m_fixture.plan(), &error);
    QVERIFY2(session, qPrintable(error));
    ConversationStore &store = session->conversationStore();
    QSignalSpy recorded(session.get(), &PlanSession::editRecorded);
    const int before = int(store.feedback().size());
    FeedbackQuote quote;
    quote.receivedOn = QDate::currentDate();
    quote.person = QStringLiteral("Rae Kim");
    quote.source = FeedbackQuote::Source::Report;
    quote.quote = QStringLiteral("Our 1:1s are the most useful hour of my week.");
    quote.tags = { QStringLiteral("people"), QStringLiteral("hire_develop") };
    QVERIFY2(store.saveFeedback(quote, &error), qPrintable(error));
    QCOMPARE(store.feedback().size(), before + 1);
    QCOMPARE(store.feedback().constFirst().tags, quote.tags); // newest first, tags in catalogue order
    QCOMPARE(store.feedback().constFirst().attribution(), QStringLiteral("Rae Kim, direct report"));
    QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM feedback_tag t JOIN feedback_quote q ON q.id = "
                                            "t.feedback_id WHERE q.person = 'Rae Kim'")),
             qint64(2));
    // Refused: no words, a tag the plan lacks, a date to come.
    FeedbackQuote bad = quote;
    bad.quote = QStringLiteral(" ");
    QVERIFY(!store.saveFeedback(bad, &error));
    bad.quote = quote.quote;
    bad.tags = { QStringLiteral("juggling") };
    QVERIFY(!store.saveFeedback(bad, &error));
    QVERIFY(error.contains(QStringLiteral("juggling")));
    bad.tags.clear();
    bad.receivedOn = QDate::currentDate().addDays(3);
    QVERIFY(!store.saveFeedback(bad, &error));
    QCOMPARE(store.feedback().size(), before + 1);
    QCOMPARE(recorded.size(), 1);
    QVERIFY2(store.removeFeedback(0, &error), qPrintable(error));
    QCOMPARE(store.feedback().size(), before);
    QVERIFY2(undoLast(*session, recorded, &error), qPrintable(error));
    QCOMPARE(store.feedback().constFirst().quote, quote.quote);
}

void TestConversations::theSampleHasItsPart()
{
    QString error;
    auto session = PlanSession::open(m_fixture.plan(), &error);
    QVERIFY2(session, qPrintable(error));
    const ConversationStore &store = session->conversationStore();
    QCOMPARE(store.conversations().size(), 2);
    QCOMPARE(store.feedback().size(), 4);
    const CareerConversation &manager = store.conversations().at(1);
    // Almost a year ago, the next one booked for next week: a reminder is up.
    const ConversationRhythm::Next next = store.next(QDate::currentDate());
    QCOMPARE(next.lastHeld, manager.heldOn);
    QCOMPARE(next.due, QDate::currentDate().addDays(7));
    QVERIFY(next.remind);
    // The first action is the path's milestone of leading teams, the second the writing goal.
    const QList<Milestone> &milestones = session->pathStore().scenarios().constFirst().steps.at(1).milestones;
    QCOMPARE(milestones.at(3).id, manager.agreed.at(0).milestoneId);
    QCOMPARE(milestones.at(3).title, QStringLiteral("Lead and influence teams"));
    const auto goal = std::find_if(session->skillStore().goals().cbegin(), session->skillStore().goals().cend(),
                                   [&](const Goal &g) { return g.id == manager.agreed.at(1).goalId; });
    QVERIFY(goal != session->skillStore().goals().cend());
    QCOMPARE(goal->skillKey, QStringLiteral("writing"));
}

void TestConversations::csvAndJsonRoundTrips()
{
    QString error;
    QByteArray json;
    {
        auto session = PlanSession::open(m_fixture.plan(), &error);
        QVERIFY2(session, qPrintable(error));
        // Text a spreadsheet or a JSON reader could trip on.
        CareerConversation odd;
        odd.heldOn = QDate::currentDate().addDays(-1);
        odd.person = QStringLiteral("O'Brien, \"Pat\"");
        odd.relation = CareerConversation::Relation::Other;
        odd.feedback = QStringLiteral("Line one\nline two, with \"quotes\"");
        odd.agreed = { { QStringLiteral("=SUM(A1:A9)"), 0, 0 } };
        QVERIFY2(session->conversationStore().saveConversation(odd, &error), qPrintable(error));
        QVERIFY2(session->conversationStore().setRhythmMonths(9, &error), qPrintable(error));
        const ConversationStore &store = session->conversationStore();

        // CSV, read back by the app's own reader: a row per conversation, the fields as kept.
        const QString csv = ConversationCsv::conversations(store.conversations());
        QList<CsvReader::Record> rows;
        QVERIFY2(CsvReader::parse(csv, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), store.conversations().size() + 1);
        QCOMPARE(rows.at(0).fields.at(1), QStringLiteral("with"));
        const QStringList newest = rows.at(1).fields;
        QCOMPARE(newest.at(1), odd.person);
        QCOMPARE(newest.at(4), odd.feedback);
        QCOMPARE(newest.at(5), odd.agreed.at(0).text);
        const QString feedbackCsv = ConversationCsv::feedback(store.feedback(), session->skillStore().skills());
        QVERIFY2(CsvReader::parse(feedbackCsv, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), store.feedback().size() + 1);
        QCOMPARE(rows.at(1).fields.at(3), store.feedback().at(0).quote);
        QCOMPARE(rows.at(1).fields.at(4), QStringLiteral("Invent and Simplify; Think Big"));
        QVERIFY2(PlanJson::exportPlan(session->database(), &json, &error), qPrintable(error));
    }
    // JSON: imported into a new plan, the conversations, links and quotes are the same.
    const QString copy = m_fixture.filePath(QStringLiteral("copy.careerplan"));
    QVERIFY2(PlanJson::importPlan(json, copy, &error), qPrintable(error));
    auto original = PlanSession::open(m_fixture.plan(), &error);
    auto imported = PlanSession::open(copy, &error);
    QVERIFY2(original && imported, qPrintable(error));
    const auto &was = original->conversationStore().conversations();
    const auto &now = imported->conversationStore().conversations();
    QCOMPARE(now.size(), was.size());
    for (int i = 0; i < was.size(); ++i) {
        QCOMPARE(now.at(i).person, was.at(i).person);
        QCOMPARE(now.at(i).heldOn, was.at(i).heldOn);
        QCOMPARE(now.at(i).agreed.size(), was.at(i).agreed.size());
        for (int a = 0; a < was.at(i).agreed.size(); ++a) {
            QCOMPARE(now.at(i).agreed.at(a).text, was.at(i).agreed.at(a).text);
            QCOMPARE(now.at(i).agreed.at(a).isMade(), was.at(i).agreed.at(a).isMade());
        }
    }
    const CareerConversation &manager = now.at(2);
    const QList<Milestone> &milestones = imported->pathStore().scenarios().constFirst().steps.at(1).milestones;
    QCOMPARE(milestones.at(3).id, manager.agreed.at(0).milestoneId); // linked in the new plan
    QCOMPARE(imported->conversationStore().rhythmMonths(), 9);
    const auto &quotesWere = original->conversationStore().feedback();
    const auto &quotes = imported->conversationStore().feedback();
    QCOMPARE(quotes.size(), quotesWere.size());
    for (int i = 0; i < quotes.size(); ++i)
        QVERIFY(quotes.at(i).sameContentAs(quotesWere.at(i)));
    // Exported again: the same bytes.
    QByteArray again;
    QVERIFY2(PlanJson::exportPlan(imported->database(), &again, &error), qPrintable(error));
    QCOMPARE(again, json);
}

QTEST_GUILESS_MAIN(TestConversations)
#include "tst_conversations.moc"
