#include "core/plan/SamplePlan.h"

#include "core/path/PathPlanner.h"
#include "core/plan/SampleApplications.h"
#include "core/plan/SampleConversations.h"
#include "core/ladders/ReferenceLadders.h"
#include "core/skills/SkillCatalog.h"
#include "core/interviews/QuestionBank.h"

#include <algorithm>
#include <array>

namespace careerplanner {

namespace {

SalaryBand userBand(SalaryBand::Kind kind, qint64 minimumDollars, qint64 maximumDollars)
{
    SalaryBand band;
    band.kind = kind;
    band.minimum = minimumDollars * 100;
    band.maximum = maximumDollars * 100;
    band.source = { QString(), QStringLiteral("Sample: from a recruiter call, entered by the user") };
    return band;
}

CareerLevel userLevel(const QString &title, const QString &code, qint64 baseMin, qint64 baseMax, qint64 totalMin,
                      qint64 totalMax)
{
    CareerLevel level;
    level.title = title;
    level.levelCode = code;
    level.bands = { userBand(SalaryBand::Kind::Base, baseMin, baseMax),
                    userBand(SalaryBand::Kind::TotalCompensation, totalMin, totalMax) };
    level.source = { QString(), QStringLiteral("Sample: entered by the user") };
    return level;
}

// Jordan: Program Manager since January 2022, planning to VP on the management branch,
// with a fast-track and an individual-contributor what-if.
void addCareer(PlanContent *content)
{
    const CareerLadder &program = content->ladders.constFirst();
    content->profile = { QStringLiteral("Jordan Rivera"),
                         program.name,
                         QStringLiteral("Program Manager"),
                         QDate(2022, 1, 10),
                         7,
                         QStringLiteral("Seattle"),
                         QStringLiteral("Retail") };
    content->promotions = {
        { 0, QDate(2020, 1, 6), program.name, QStringLiteral("Associate Program Manager"),
          QStringLiteral("Joined through the APM programme") },
        { 0, QDate(2022, 1, 10), program.name, QStringLiteral("Program Manager"), QString() },
    };

    const int current = 1;
    const int target = PathPlanner::defaultTarget(program);
    Scenario plan = PathPlanner::buildPath(program, current, QDate(2022, 1, 10), target);
    // Jordan aims for Senior Program Manager in March 2027, later than the typical 3-5
    // years: 62 months at Program Manager most likely, 4 to 6 years either way.
    plan.steps[0].timeAtLevel = { 48, 62, 72 };
    plan.steps[1].targetDate = QDate(2027, 3, 1);
    plan.steps[1].milestones
        = PathPlanner::suggestedMilestones(program, current + 1, plan.steps[0].targetDate, plan.steps[1].targetDate);
    PathPlanner::redate(plan, 1);
    // Milestones in every state: two done, one under way, one overdue, one dropped.
    QList<Milestone> &toSenior = plan.steps[1].milestones;
    toSenior[0].status = Milestone::Status::Done;
    toSenior[0].completedDate = QDate(2023, 2, 20);
    toSenior[0].evidence = QStringLiteral("Framed the returns-backlog problem in a 6-page narrative; approved.");
    toSenior[1].status = Milestone::Status::Done;
    toSenior[1].completedDate = QDate(2024, 6, 3);
    toSenior[1].evidence = QStringLiteral("Proposed the carrier-switch pilot; cut late deliveries by 18%.");
    toSenior[2].status = Milestone::Status::InProgress;
    toSenior[3].dueDate = QDate(2026, 9, 30); // planned and past due
    toSenior[4].status = Milestone::Status::Dropped;
    toSenior[4].evidence = QStringLiteral("Team reorganised; no longer the right audience.");
    content->scenarios.append(plan);

    Scenario fast = plan;
    fast.name = QStringLiteral("Fast track");
    fast.primary = false;
    for (int i = 1; i < fast.steps.size(); ++i) {
        PathStep &step = fast.steps[i];
        step.timeAtLevel.likelyMonths = step.timeAtLevel.minimumMonths;
        step.targetDate
            = fast.steps[i - 1].targetDate.addMonths(std::max(12, fast.steps[i - 1].timeAtLevel.minimumMonths));
    }
    fast.steps[1].targetDate = QDate(2026, 12, 1);
    PathPlanner::redate(fast, 1);
    content->scenarios.append(fast);

    Scenario individual = PathPlanner::buildPath(program, current, QDate(2022, 1, 10), current + 2,
                                                 QStringLiteral("individual-contributor"));
    individual.name = QStringLiteral("IC path");
    individual.primary = false;
    individual.steps[0].timeAtLevel = plan.steps[0].timeAtLevel;
    individual.steps[1].targetDate = QDate(2027, 3, 1);
    PathPlanner::redate(individual, 1);
    content->scenarios.append(individual);
}

// Jordan's skill goals towards Senior Program Manager, with check-ins over the year, and
// stories that cover some Leadership Principles but not all.
void addSkills(PlanContent *content)
{
    const QString senior = QStringLiteral("Senior Program Manager");
    const auto goal = [&](const char *skill, int target, const QDate &due, Goal::Status status,
                          const QList<CheckIn> &checkIns, const char *notes) {
        Goal g;
        g.skillKey = QString::fromLatin1(skill);
        g.target = target;
        g.dueDate = due;
        g.forLevel = senior;
        g.status = status;
        g.checkIns = checkIns;
        g.notes = QString::fromUtf8(notes);
        content->goals.append(g);
    };
    goal("influence", 3, QDate(2027, 1, 31), Goal::Status::Active,
         { { 0, QDate(2026, 3, 1), 2, QStringLiteral("Still escalate too early.") },
           { 0, QDate(2026, 6, 1), 2, QStringLiteral("Got finance on board for the pilot without my manager.") },
           { 0, QDate(2026, 9, 15), 2, QStringLiteral("Lost the roadmap argument with the platform team.") } },
         "Practise pre-wiring decisions one-to-one before the meeting.");
    goal("writing", 4, QDate(2026, 12, 31), Goal::Status::Active,
         { { 0, QDate(2026, 2, 10), 2, QString() },
           { 0, QDate(2026, 5, 10), 3, QStringLiteral("Second 6-pager approved with few edits.") },
           { 0, QDate(2026, 8, 20), 3, QString() } },
         "One narrative a quarter; ask a principal to review.");
    goal("technical", 3, QDate(2027, 3, 1), Goal::Status::Active,
         { { 0, QDate(2026, 4, 1), 2, QStringLiteral("SQL course started.") } }, "");
    goal("data", 4, QDate(2026, 6, 30), Goal::Status::Achieved,
         { { 0, QDate(2025, 11, 1), 3, QString() },
           { 0, QDate(2026, 4, 15), 4, QStringLiteral("Ran the A/B test on returns labels.") } },
         "");
    goal("strategy", 3, QDate(2027, 6, 30), Goal::Status::Paused, { { 0, QDate(2026, 1, 20), 2, QString() } },
         "Paused until the reorganisation settles.");

    const auto story = [&](const char *title, const QDate &date, const char *situation, const char *task,
                           const char *action, const char *result, const char *outcomes, const QStringList &tags) {
        content->stories.append({ 0, QString::fromUtf8(title), date, QString::fromUtf8(situation),
                                  QString::fromUtf8(task), QString::fromUtf8(action), QString::fromUtf8(result),
                                  QString::fromUtf8(outcomes), tags });
    };
    story("Returns backlog narrative", QDate(2023, 2, 15),
          "Returns were piling up in two fulfilment centres and nobody owned the cause.",
          "Find out why and get a fix funded.",
          "Pulled six months of return scans, interviewed floor leads, and wrote a 6-page narrative.",
          "The narrative was approved and a cross-team fix funded.", "Backlog down 40% in a quarter.",
          { QStringLiteral("customer_obsession"), QStringLiteral("dive_deep"), QStringLiteral("writing"),
            QStringLiteral("data") });
    story("Carrier-switch pilot", QDate(2024, 5, 20), "Late deliveries in one region were hurting repeat orders.",
          "Test a second carrier without waiting for the annual contract cycle.",
          "Set up a two-week pilot with a reversible contract and daily metrics.", "Rolled out to the whole region.",
          "Late deliveries down 18%.",
          { QStringLiteral("bias_for_action"), QStringLiteral("deliver_results"), QStringLiteral("invent_simplify"),
            QStringLiteral("program_risk") });
    story("Peak-season war room", QDate(2025, 11, 28), "Black Friday volume broke the sortation plan on day one.",
          "Keep promises to customers across four teams.",
          "Ran a daily war room, re-cut the plan with operations and engineering, and took the calls myself.",
          "Every promised delivery date was kept.", "99.2% on-time during peak week.",
          { QStringLiteral("ownership"), QStringLiteral("deliver_results"), QStringLiteral("cross_functional"),
            QStringLiteral("earn_trust") });
    story("Pushing back on the launch date", QDate(2026, 3, 10),
          "Leadership wanted to launch a returns feature before it met the accuracy bar.",
          "Decide whether to launch or hold.",
          "Showed the error rates customers would see, proposed a two-week hold, then committed to the new date.",
          "Launched two weeks later at the bar.", "Complaints on the feature 70% below the previous launch.",
          { QStringLiteral("backbone"), QStringLiteral("customer_obsession"), QStringLiteral("highest_standards"),
            QStringLiteral("influence") });
    story("Mentoring two new APMs", QDate(2026, 7, 1), "Two APMs joined the team mid-year.",
          "Get them running programs on their own.", "Weekly sessions, shadowing, then owned workstreams.",
          "Both ran their own programs within four months.", "Both rated highly at mid-year.",
          { QStringLiteral("hire_develop"), QStringLiteral("people"), QStringLiteral("learn_curious") });
}

// Four weeks of practice before a loop: some answers well rated and spaced out, some poor
// and due again, one without a story; and a first draft of the writing exercise.
void addPractice(PlanContent *content)
{
    for (int i = 0; i < content->questions.size(); ++i)
        content->questions[i].id = i + 1;
    for (int i = 0; i < content->stories.size(); ++i)
        content->stories[i].id = i + 1;
    const auto question = [&](const char *principle) {
        const auto found = std::find_if(content->questions.cbegin(), content->questions.cend(), [&](const Question &q) {
            return q.principles.contains(QLatin1String(principle)) && q.kind == QLatin1String("behavioural");
        });
        return found == content->questions.cend() ? content->questions.constFirst().id : found->id;
    };
    const QDate today = QDate::currentDate();
    const auto attempt = [&](const char *principle, int daysAgo, int story, std::array<int, 5> ratings, int seconds,
                             const char *note) {
        PracticeAttempt a;
        a.questionId = question(principle);
        a.practisedOn = today.addDays(-daysAgo);
        a.secondsTaken = seconds;
        a.timeLimit = 120;
        a.storyId = story;
        a.structure = ratings[0];
        a.specificity = ratings[1];
        a.result = ratings[2];
        a.fit = ratings[3];
        a.length = ratings[4];
        a.note = QString::fromUtf8(note);
        content->attempts.append(a);
    };
    // Stories by their places: 1 returns backlog, 2 carrier switch, 3 peak season, 4 launch date, 5 mentoring.
    attempt("ownership", 26, 3, { 3, 2, 3, 3, 2 }, 151, "Ran over; too much about the team.");
    attempt("ownership", 24, 3, { 4, 4, 4, 4, 4 }, 118, "Said “I” this time.");
    attempt("ownership", 20, 3, { 5, 4, 5, 4, 4 }, 109, "");
    attempt("ownership", 12, 3, { 5, 4, 5, 4, 5 }, 104, "");
    attempt("bias_for_action", 22, 2, { 4, 4, 5, 4, 4 }, 104, "");
    attempt("bias_for_action", 20, 2, { 4, 5, 5, 4, 4 }, 97, "The 18% lands well.");
    attempt("bias_for_action", 16, 2, { 4, 4, 5, 4, 4 }, 95, "");
    attempt("bias_for_action", 8, 2, { 5, 5, 5, 4, 4 }, 92, "");
    attempt("backbone", 9, 4, { 2, 2, 3, 2, 2 }, 176, "Lost the thread after the data; cut the background.");
    attempt("customer_obsession", 5, 1, { 4, 4, 4, 5, 4 }, 112, "");
    attempt("frugality", 2, 0, { 2, 1, 1, 2, 3 }, 64, "No story; need one about doing more with less.");
    attempt("hire_develop", 0, 5, { 4, 3, 3, 4, 4 }, 99, "Result is soft: find a number.");

    WritingDraft draft;
    draft.title = QStringLiteral("Returns label at the door");
    draft.templateKey = QStringLiteral("working_backwards");
    draft.writtenOn = today.addDays(-3);
    draft.body = QStringLiteral(
        "The customer and the problem\n"
        "A customer returning a parcel has to print a label, find a drop-off point and wait in line. "
        "One in five returns in our pilot region arrives more than a week after it was started.\n\n"
        "What I propose\n"
        "The driver who delivers the next order brings the label and takes the parcel back at the door.\n\n"
        "The data behind it\n"
        "Six in ten returning customers have another delivery within ten days; a door pickup adds "
        "about forty seconds to a stop.\n\n"
        "Risks and trade-offs\n"
        "Longer routes on busy days; parcels that are not packed when the driver arrives.\n\n"
        "What happens next\n"
        "A four-week pilot on two routes, measured by days from return started to refund.\n");
    content->drafts.append(draft);
}

} // namespace

bool SamplePlan::build(PlanContent *content, QString *error)
{
    if (!ReferenceLadders::load(&content->ladders, error)
        || !SkillCatalog::load(&content->skills, &content->skillMatrix, error)
        || !QuestionBank::load(&content->questions, content->skills, error))
        return false;
    content->name = QStringLiteral("Sample plan: Jordan Rivera");

    // Jordan is a Program Manager comparing an outside company's ladder with Amazon's.
    // These figures are the sample person's own notes, not data from the guides.
    CareerLadder other;
    other.name = QStringLiteral("Northwind Logistics – Program Management");
    other.company = QStringLiteral("Northwind Logistics");
    other.description = QStringLiteral("A ladder the sample user typed in from a recruiter call, "
                                       "to compare an outside offer with the Amazon ladders.");
    other.source = { QString(), QStringLiteral("Sample: entered by the user") };
    other.notes = { QStringLiteral("Recruiter said bands are reviewed every April.") };
    other.levels = {
        userLevel(QStringLiteral("Program Manager II"), QStringLiteral("P2"), 95'000, 130'000, 110'000, 150'000),
        userLevel(QStringLiteral("Senior Program Manager"), QStringLiteral("P3"), 125'000, 165'000, 150'000, 210'000),
        userLevel(QStringLiteral("Staff Program Manager"), QStringLiteral("P4"), 160'000, 205'000, 200'000, 280'000)
    };
    other.levels[0].responsibilities = { QStringLiteral("Runs one regional rollout end to end.") };
    content->ladders.append(other);

    // An Amazon-style offer against staying: sign-on in years 1 and 2 bridges the
    // back-loaded 5/15/40/40 vesting.
    PayPackage offer;
    offer.name = QStringLiteral("Amazon offer – Senior Program Manager");
    offer.kind = PayPackage::Kind::Offer;
    offer.baseSalary = 165'000 * 100;
    offer.annualRaiseBasisPoints = 300;
    offer.signOnYear1 = 60'000 * 100;
    offer.signOnYear2 = 45'000 * 100;
    offer.stockShares = 1'000;
    offer.stockPricePerShare = 180 * 100;
    offer.annualRefresherValue = 40'000 * 100;
    offer.stockGrowthBasisPoints = 800;
    content->payPackages.append(offer);

    PayPackage current;
    current.name = QStringLiteral("Current job – Northwind Program Manager II");
    current.kind = PayPackage::Kind::CurrentJob;
    current.baseSalary = 128'000 * 100;
    current.annualRaiseBasisPoints = 350;
    current.stockGrantValue = 20'000 * 100;
    current.vesting = VestingSchedule::fromYearlyPercentages({ 2500, 2500, 2500, 2500 }, 1);
    current.annualRefresherValue = 10'000 * 100;
    current.stockGrowthBasisPoints = 500;
    current.yearlyBonus = 12'000 * 100;
    content->payPackages.append(current);

    const QString ladder = QStringLiteral("Program Management");
    const struct
    {
        int year;
        const char *level;
        qint64 base, bonus, stock;
    } history[] = {
        { 2020, "Associate Program Manager", 82'000, 4'000, 0 },
        { 2021, "Associate Program Manager", 86'500, 5'000, 2'000 },
        { 2022, "Program Manager", 101'000, 6'000, 5'000 },
        { 2023, "Program Manager", 110'000, 8'000, 9'000 },
        { 2024, "Program Manager", 118'500, 9'500, 12'000 },
        { 2025, "Program Manager", 124'000, 11'000, 15'500 },
    };
    for (const auto &year : history) {
        PayRecord record;
        record.year = year.year;
        record.ladderName = ladder;
        record.levelTitle = QString::fromLatin1(year.level);
        record.base = year.base * 100;
        record.bonus = year.bonus * 100;
        record.stockVested = year.stock * 100;
        content->payHistory.append(record);
    }
    addCareer(content);
    addSkills(content);
    addPractice(content);
    SampleApplications::add(content);
    SampleConversations::add(content);

    // Jordan's guesses for a Seattle AWS team, kept switched off as every plan starts.
    content->adjustment.locationLabel = QStringLiteral("Seattle");
    content->adjustment.locationBasisPoints = 11'000;
    content->adjustment.businessUnitLabel = QStringLiteral("AWS");
    content->adjustment.businessUnitBasisPoints = 10'500;
    return true;
}

} // namespace careerplanner
