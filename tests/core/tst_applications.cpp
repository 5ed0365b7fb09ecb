// Job applications: the stages a new one starts with, each reminder rule on hand-made dates
// with a fixed moment, edits and their undo as the file holds them, and the offer as a
// package with exact figures.
#include "core/applications/ApplicationReminders.h"
#include "core/applications/StageTemplates.h"
#include "core/ladders/ReferenceLadders.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "core/pay/PayPackage.h"

#include <QFile>
#include "SessionTestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;
using testfiles::count;
using testfiles::undoLast;

namespace {

using Kind = ApplicationReminder::Kind;

// The moment the rules are asked at: a Thursday noon, UTC.
const QDateTime Now(QDate(2026, 12, 3), QTime(12, 0), QTimeZone::utc());

JobApplication applied(qint64 id, JobApplication::Status status, int daysSinceStatus)
{
    JobApplication application;
    application.id = id;
    application.company = QStringLiteral("Company %1").arg(id);
    application.role = QStringLiteral("Program Manager");
    application.status = status;
    application.statusSince = Now.date().addDays(-daysSinceStatus);
    return application;
}

// A stage of application, hours from Now (negative: before), an hour long, in UTC.
ApplicationStage at(qint64 id, qint64 application, const char *kind, double hours)
{
    ApplicationStage stage;
    stage.id = id;
    stage.applicationId = application;
    stage.name = QStringLiteral("Stage %1").arg(id);
    stage.kind = QLatin1String(kind);
    const QDateTime start = Now.addSecs(qint64(hours * 3600));
    stage.date = start.date();
    stage.time = start.time();
    stage.timeZone = QStringLiteral("UTC");
    stage.durationMinutes = 60;
    return stage;
}

QList<Kind> kinds(const QList<ApplicationReminder> &reminders)
{
    QList<Kind> found;
    for (const ApplicationReminder &reminder : reminders)
        found.append(reminder.kind);
    return found;
}

} // namespace

class TestApplications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stagesComeFromTheLadder();
    void theDayBeforeAnInterview();
    void aThankYouAfterTheLoop();
    void followUpsWhenNothingComes();
    void markedRemindersStayAway();
    void editsAreKeptAndUndone();
    void anAskedQuestionJoinsThePractice();
    void theOfferBecomesAPackage();
};

void TestApplications::stagesComeFromTheLadder()
{
    QList<CareerLadder> ladders;
    QString error;
    QVERIFY2(ReferenceLadders::load(&ladders, &error), qPrintable(error));
    const auto named = [&ladders](const char *name) {
        return &*std::find_if(ladders.cbegin(), ladders.cend(),
                              [name](const CareerLadder &l) { return l.name == QLatin1String(name); });
    };
    // The TPM guide's three phases, with its half hour and its hours.
    const QList<ApplicationStage> tpm = StageTemplates::forLadder(named("Technical Program Management"));
    QCOMPARE(tpm.size(), 3);
    QCOMPARE(tpm.at(0).name, QStringLiteral("Recruiter screening"));
    QCOMPARE(tpm.at(0).kind, QStringLiteral("recruiter_screen"));
    QCOMPARE(tpm.at(0).durationMinutes, 30);
    QCOMPARE(tpm.at(1).kind, QStringLiteral("phone_screen"));
    QCOMPARE(tpm.at(1).durationMinutes, 60);
    QCOMPARE(tpm.at(2).kind, QStringLiteral("loop"));
    // The product guide's five, the recruiter's screen told by its format.
    const QList<ApplicationStage> product = StageTemplates::forLadder(named("Product Management"));
    QStringList productKinds;
    for (const ApplicationStage &stage : product)
        productKinds.append(stage.kind);
    QCOMPARE(productKinds,
             (QStringList { "recruiter_screen", "phone_screen", "writing_assessment", "loop", "decision" }));
    // A ladder the guides give no process for: the usual one, bar raiser included.
    const QList<ApplicationStage> program = StageTemplates::forLadder(named("Program Management"));
    QCOMPARE(program.size(), 6);
    QCOMPARE(program.at(4).kind, QStringLiteral("bar_raiser"));
    QCOMPARE(StageTemplates::forLadder(nullptr).size(), 6);
}

void TestApplications::theDayBeforeAnInterview()
{
    const QList<JobApplication> applications { applied(1, JobApplication::Status::PhoneScreen, 2) };
    // Tomorrow morning: reminded today. In three days: not yet.
    QList<ApplicationReminder> due = ApplicationReminders::due(
        applications, { at(10, 1, "phone_screen", 20), at(11, 1, "phone_screen", 72) }, {}, Now);
    QCOMPARE(kinds(due), QList<Kind> { Kind::InterviewTomorrow });
    QCOMPARE(due.at(0).stageId, qint64(10));
    QCOMPARE(due.at(0).dueBy, Now.addSecs(20 * 3600));
    // The written exercise is no interview; one that has begun is past reminding.
    due = ApplicationReminders::due(applications,
                                    { at(12, 1, "writing_assessment", 20), at(13, 1, "phone_screen", -0.5) }, {}, Now);
    QVERIFY(!kinds(due).contains(Kind::InterviewTomorrow));
    // A rebooked interview is reminded afresh: its key names its day.
    const ApplicationStage moved = at(10, 1, "phone_screen", 4); // today instead of tomorrow
    const QList<ApplicationReminder> again = ApplicationReminders::due(applications, { moved }, {}, Now);
    QCOMPARE(again.size(), 1);
    QVERIFY(again.at(0).key
            != ApplicationReminders::due(applications, { at(10, 1, "phone_screen", 20) }, {}, Now).at(0).key);
}

void TestApplications::aThankYouAfterTheLoop()
{
    const QList<JobApplication> applications { applied(1, JobApplication::Status::Loop, 1) };
    // Two loop interviews, the last ended two hours ago: a note due 24 hours after its end.
    QList<ApplicationReminder> due
        = ApplicationReminders::due(applications, { at(1, 1, "loop", -6), at(2, 1, "bar_raiser", -3) }, {}, Now);
    QCOMPARE(kinds(due), QList<Kind> { Kind::ThankYou });
    QCOMPARE(due.at(0).stageId, qint64(2));
    QCOMPARE(due.at(0).dueBy, Now.addSecs(-2 * 3600 + 24 * 3600));
    // Another interview of the loop tomorrow: not yet (that one is reminded instead).
    due = ApplicationReminders::due(applications, { at(1, 1, "loop", -6), at(2, 1, "loop", 22) }, {}, Now);
    QCOMPARE(kinds(due), QList<Kind> { Kind::InterviewTomorrow });
    // After the offer has come, no note is asked for; a phone screen is no loop.
    QVERIFY(
        ApplicationReminders::due({ applied(1, JobApplication::Status::Offer, 0) }, { at(1, 1, "loop", -6) }, {}, Now)
            .isEmpty());
    QVERIFY(!kinds(ApplicationReminders::due(applications, { at(1, 1, "phone_screen", -6) }, {}, Now))
                 .contains(Kind::ThankYou));
}

void TestApplications::followUpsWhenNothingComes()
{
    using Status = JobApplication::Status;
    // No decision 14 days after the loop: ask. Thirteen days: wait.
    QList<ApplicationReminder> due
        = ApplicationReminders::due({ applied(1, Status::Loop, 20) }, { at(1, 1, "loop", -15 * 24 - 1) }, {}, Now);
    QVERIFY(kinds(due).contains(Kind::FollowUpDecision));
    QCOMPARE(due.at(kinds(due).indexOf(Kind::FollowUpDecision)).dueBy, Now.addSecs(-15 * 24 * 3600 + 14 * 24 * 3600));
    due = ApplicationReminders::due({ applied(1, Status::Loop, 20) }, { at(1, 1, "loop", -13 * 24) }, {}, Now);
    QVERIFY(!kinds(due).contains(Kind::FollowUpDecision));
    // Applied eleven days ago and nothing since: follow up. Nine days: wait.
    due = ApplicationReminders::due({ applied(1, Status::Applied, 11) }, {}, {}, Now);
    QCOMPARE(kinds(due), QList<Kind> { Kind::FollowUpQuiet });
    QCOMPARE(due.at(0).dueBy.date(), Now.date().addDays(-1));
    QVERIFY(ApplicationReminders::due({ applied(1, Status::Applied, 9) }, {}, {}, Now).isEmpty());
    // A screen that took place five days ago counts as news; one booked next week is waited for.
    QVERIFY(ApplicationReminders::due({ applied(1, Status::RecruiterScreen, 11) },
                                      { at(1, 1, "recruiter_screen", -5 * 24) }, {}, Now)
                .isEmpty());
    QVERIFY(
        ApplicationReminders::due({ applied(1, Status::Applied, 30) }, { at(1, 1, "phone_screen", 7 * 24) }, {}, Now)
            .isEmpty());
    // Ended applications and ones not yet sent ask for nothing.
    for (const Status status : { Status::Prospective, Status::Accepted, Status::Rejected, Status::Withdrawn })
        QVERIFY(ApplicationReminders::due({ applied(1, status, 40) }, { at(1, 1, "loop", 20) }, {}, Now).isEmpty());
}

void TestApplications::markedRemindersStayAway()
{
    const QList<JobApplication> applications { applied(1, JobApplication::Status::Applied, 12),
                                               applied(2, JobApplication::Status::Applied, 12) };
    const QList<ApplicationReminder> due = ApplicationReminders::due(applications, {}, {}, Now);
    QCOMPARE(due.size(), 2);
    ReminderMarks marks;
    marks[1].insert(due.at(0).applicationId == 1 ? due.at(0).key : due.at(1).key,
                    ApplicationRepository::ReminderState::Dismissed);
    const QList<ApplicationReminder> left = ApplicationReminders::due(applications, {}, marks, Now);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).applicationId, qint64(2));
}

void TestApplications::editsAreKeptAndUndone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.careerplan"));
    QString error;
    QVERIFY2(PlanFactory::createWithReferenceLadders(path, &error), qPrintable(error));
    auto session = PlanSession::open(path, &error);
    QVERIFY2(session, qPrintable(error));
    ApplicationStore &store = session->applicationStore();
    QSignalSpy recorded(session.get(), &PlanSession::editRecorded);

    JobApplication application;
    application.company = QStringLiteral("Fabrikam");
    application.role = QStringLiteral("Technical Program Manager");
    application.ladder = QStringLiteral("Technical Program Management");
    application.status = JobApplication::Status::Applied;
    application.appliedOn = QDate::currentDate().addDays(-3);
    qint64 id = 0;
    QVERIFY2(store.saveApplication(application, &error, &id), qPrintable(error));
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(
        count(*session, QStringLiteral("SELECT count(*) FROM application_stage WHERE application_id = %1").arg(id)),
        qint64(3));
    QCOMPARE(store.applications().at(0).statusSince, QDate::currentDate());

    // A status reached is dated the day it is set; refused input changes nothing.
    JobApplication moved = store.applications().at(0);
    moved.statusSince = QDate::currentDate().addDays(-10);
    QVERIFY2(store.saveApplication(moved, &error), qPrintable(error));
    moved.status = JobApplication::Status::RecruiterScreen;
    QVERIFY2(store.saveApplication(moved, &error), qPrintable(error));
    QCOMPARE(store.applications().at(0).statusSince, QDate::currentDate());
    JobApplication nameless = moved;
    nameless.company = QStringLiteral("  ");
    QVERIFY(!store.saveApplication(nameless, &error));
    QVERIFY(error.contains(QStringLiteral("company")));
    QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM job_application WHERE company = 'Fabrikam' "
                                            "AND status = 'recruiter_screen'")),
             qint64(1));

    // A stage added, moved first, then removed; each one step, each undone.
    ApplicationStage extra;
    extra.applicationId = id;
    extra.name = QStringLiteral("Hiring manager chat");
    extra.kind = QStringLiteral("phone_screen");
    QVERIFY2(store.saveStage(extra, &error), qPrintable(error));
    const qint64 extraId = store.stagesOf(id).constLast().id;
    QVERIFY2(store.moveStage(extraId, -5, &error), qPrintable(error)); // past the first: nothing moves
    QVERIFY2(store.moveStage(extraId, -1, &error), qPrintable(error));
    QVERIFY2(store.moveStage(extraId, -1, &error), qPrintable(error));
    QVERIFY2(store.moveStage(extraId, -1, &error), qPrintable(error));
    QCOMPARE(store.stagesOf(id).constFirst().id, extraId);
    const int before = int(recorded.size());
    QVERIFY2(undoLast(*session, recorded, &error), qPrintable(error));
    QCOMPARE(store.stagesOf(id).at(1).id, extraId);
    QVERIFY2(store.removeStage(extraId, &error), qPrintable(error));
    QCOMPARE(store.stagesOf(id).size(), 3);
    QCOMPARE(int(recorded.size()), before + 1);
    QVERIFY2(undoLast(*session, recorded, &error), qPrintable(error));
    QCOMPARE(store.stagesOf(id).size(), 4);

    // Removing the application takes its stages; undoing it brings all back.
    QVERIFY2(store.removeApplication(0, &error), qPrintable(error));
    QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM application_stage")), qint64(0));
    QVERIFY2(undoLast(*session, recorded, &error), qPrintable(error));
    QCOMPARE(store.applications().size(), 1);
    QCOMPARE(store.stagesOf(id).size(), 4);
}

void TestApplications::anAskedQuestionJoinsThePractice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.careerplan"));
    QString error;
    QVERIFY2(PlanFactory::createWithReferenceLadders(path, &error), qPrintable(error));
    auto session = PlanSession::open(path, &error);
    QVERIFY2(session, qPrintable(error));
    ApplicationStore &store = session->applicationStore();
    JobApplication application;
    application.company = QStringLiteral("Tailspin");
    application.role = QStringLiteral("Senior Program Manager");
    application.status = JobApplication::Status::PhoneScreen;
    qint64 id = 0;
    QVERIFY2(store.saveApplication(application, &error, &id), qPrintable(error));
    const int bankBefore = int(session->interviewStore().questions().size());
    QSignalSpy recorded(session.get(), &PlanSession::editRecorded);

    // Yesterday's phone screen asked one question of the bank and one typed in.
    ApplicationStage screen = store.stagesOf(id).at(1);
    screen.date = QDate::currentDate().addDays(-1);
    screen.time = QTime(10, 0);
    const qint64 banked = session->interviewStore().questions().at(0).id;
    screen.questionIds = { banked };
    Question typed;
    typed.text = QStringLiteral("Tell me about a launch you would run differently.");
    typed.stage = QStringLiteral("phone_screen");
    typed.kind = QStringLiteral("behavioural");
    QVERIFY2(store.saveStage(screen, &error, { typed }), qPrintable(error));
    QCOMPARE(recorded.size(), 1); // the question and the stage: one step
    QCOMPARE(session->interviewStore().questions().size(), bankBefore + 1);
    const qint64 typedId = session->interviewStore().questions().constLast().id;
    QCOMPARE(store.stagesOf(id).at(1).questionIds, (QList<qint64> { banked, typedId }));
    QCOMPARE(count(*session, QStringLiteral("SELECT count(*) FROM stage_question")), qint64(2));
    // Both join the practice schedule, due today (the day after they were asked).
    const auto &schedule = session->interviewStore().schedule();
    for (const qint64 question : { banked, typedId }) {
        QVERIFY(schedule.value(question).scheduled());
        QVERIFY(!schedule.value(question).practised());
        QCOMPARE(schedule.value(question).due, QDate::currentDate());
    }
    // The plan opened afresh (a copy: this one is locked) finds them without reading the stages.
    {
        const QString copy = dir.filePath(QStringLiteral("copy.careerplan"));
        QVERIFY(QFile::copy(path, copy));
        auto reopened = PlanSession::open(copy, &error);
        QVERIFY2(reopened, qPrintable(error));
        const auto &fresh = reopened->interviewStore().schedule();
        for (const qint64 question : { banked, typedId })
            QCOMPARE(fresh.value(question).due, QDate::currentDate());
    }
    // Undone: the stage forgets them and the bank loses the typed one.
    QVERIFY2(undoLast(*session, recorded, &error), qPrintable(error));
    QCOMPARE(session->interviewStore().questions().size(), bankBefore);
    QVERIFY(store.stagesOf(id).at(1).questionIds.isEmpty());
    QVERIFY(!session->interviewStore().schedule().value(banked).scheduled());
}

void TestApplications::theOfferBecomesAPackage()
{
    ApplicationOffer offer;
    offer.applicationId = 7;
    offer.currency = QStringLiteral("EUR");
    offer.baseSalary = 142'500'00;
    offer.signOnYear1 = 30'000'00;
    offer.signOnYear2 = 20'000'00;
    offer.stockGrantValue = 96'000'00;
    offer.vesting = VestingSchedule::fromYearlyPercentages({ 500, 1500, 4000, 4000 }, 2);
    const PayPackage package = offer.toPayPackage(QStringLiteral("Contoso: Senior PM"));
    QCOMPARE(package.name, QStringLiteral("Contoso: Senior PM"));
    QCOMPARE(package.kind, PayPackage::Kind::Offer);
    QCOMPARE(package.currency, QStringLiteral("EUR"));
    QCOMPARE(package.baseSalary, qint64(142'500'00));
    QCOMPARE(package.signOnYear1, qint64(30'000'00));
    QCOMPARE(package.signOnYear2, qint64(20'000'00));
    QCOMPARE(package.grantValue(), qint64(96'000'00));
    QCOMPARE(package.vesting, offer.vesting);
    QCOMPARE(package.annualRefresherValue, qint64(0));
    // An offer keeps a package's rules.
    offer.baseSalary = -1;
    QVERIFY(ApplicationOffer::validate(offer).contains(QStringLiteral("negative")));
}

QTEST_GUILESS_MAIN(TestApplications)
#include "tst_applications.moc"
