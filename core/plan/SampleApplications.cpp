#include "core/plan/SampleApplications.h"

#include "core/applications/StageTemplates.h"

#include <algorithm>

namespace careerplanner {

namespace {

const CareerLadder *ladderNamed(const PlanContent &content, const QString &name)
{
    const auto found = std::find_if(content.ladders.cbegin(), content.ladders.cend(),
                                    [&name](const CareerLadder &ladder) { return ladder.name == name; });
    return found == content.ladders.cend() ? nullptr : &*found;
}

// The first of the bank's questions on a principle, asked in a stage.
qint64 questionOn(const PlanContent &content, const char *principle)
{
    const auto found = std::find_if(content.questions.cbegin(), content.questions.cend(),
                                    [&](const Question &q) { return q.principles.contains(QLatin1String(principle)); });
    return found == content.questions.cend() ? 0 : found->id;
}

// The ladder's stages for the application with that id, booked on the days given (after
// today; 0: not booked) at the hours given (-1: the day only).
QList<ApplicationStage> stagesFor(const PlanContent &content, const QString &ladder, qint64 applicationId,
                                  const QList<std::pair<int, int>> &days)
{
    QList<ApplicationStage> stages = StageTemplates::forLadder(ladderNamed(content, ladder));
    const QDate today = QDate::currentDate();
    for (int i = 0; i < stages.size(); ++i) {
        stages[i].applicationId = applicationId;
        const auto [day, hour] = days.value(i, { 0, -1 });
        if (day != 0)
            stages[i].date = today.addDays(day);
        if (day != 0 && hour >= 0)
            stages[i].time = QTime(hour, 0);
    }
    return stages;
}

} // namespace

void SampleApplications::add(PlanContent *content)
{
    const QDate today = QDate::currentDate();
    ApplicationRecords &records = content->applications;

    JobApplication contoso;
    contoso.id = 1;
    contoso.company = QStringLiteral("Contoso Retail");
    contoso.role = QStringLiteral("Senior Product Manager, Checkout");
    contoso.ladder = QStringLiteral("Product Management");
    contoso.level = QStringLiteral("Senior Product Manager");
    contoso.foundVia = QStringLiteral("Referral");
    contoso.contact = QStringLiteral("Priya N. (former colleague), recruiter Sam Lee");
    contoso.appliedOn = today.addDays(-32);
    contoso.status = JobApplication::Status::Loop;
    contoso.statusSince = today.addDays(-9);
    contoso.notes = QStringLiteral("Team owns the checkout funnel; ask about the 2027 roadmap.");
    records.applications.append(contoso);
    // Phone screens and the written exercise done; the loop tomorrow, the bar raiser next week.
    QList<ApplicationStage> stages
        = stagesFor(*content, contoso.ladder, contoso.id, { { -25, 16 }, { -18, 11 }, { -11, -1 }, { 1, 10 } });
    stages[0].interviewer = QStringLiteral("Sam Lee");
    stages[0].interviewerRole = QStringLiteral("Recruiter");
    stages[0].rating = 4;
    stages[1].interviewer = QStringLiteral("Dana Whitfield");
    stages[1].interviewerRole = QStringLiteral("Hiring manager");
    stages[1].principles = { QStringLiteral("customer_obsession"), QStringLiteral("dive_deep") };
    stages[1].questionIds = { questionOn(*content, "customer_obsession"), questionOn(*content, "dive_deep") };
    stages[1].questionIds.removeAll(0);
    stages[1].rating = 3;
    stages[1].notes = QStringLiteral("Went long on the data story; tighten the result.");
    stages[3].interviewer = QStringLiteral("Four interviewers from checkout and payments");
    ApplicationStage barRaiser;
    barRaiser.applicationId = contoso.id;
    barRaiser.name = QStringLiteral("Bar raiser");
    barRaiser.kind = QStringLiteral("bar_raiser");
    barRaiser.date = today.addDays(8);
    barRaiser.time = QTime(13, 0);
    barRaiser.principles = { QStringLiteral("backbone"), QStringLiteral("earn_trust") };
    stages.insert(4, barRaiser);
    records.stages += stages;

    JobApplication amazon;
    amazon.id = 2;
    amazon.company = QStringLiteral("Amazon");
    amazon.role = QStringLiteral("Senior Program Manager, Fulfillment");
    amazon.ladder = QStringLiteral("Program Management");
    amazon.level = QStringLiteral("Senior Program Manager");
    amazon.foundVia = QStringLiteral("Recruiter message");
    amazon.contact = QStringLiteral("Recruiter Alex Kim");
    amazon.appliedOn = today.addDays(-60);
    amazon.status = JobApplication::Status::Offer;
    amazon.statusSince = today.addDays(-4);
    amazon.thankYou = QStringLiteral("Thank you for the conversations on Tuesday.");
    records.applications.append(amazon);
    QList<ApplicationStage> loop
        = stagesFor(*content, amazon.ladder, amazon.id,
                    { { -52, 15 }, { -45, 10 }, { -38, -1 }, { -24, 9 }, { -24, 14 }, { -4, -1 } });
    loop[3].rating = 4;
    loop[4].rating = 3;
    records.stages += loop;
    ApplicationOffer offer;
    offer.applicationId = amazon.id;
    offer.baseSalary = 165'000 * 100;
    offer.signOnYear1 = 60'000 * 100;
    offer.signOnYear2 = 45'000 * 100;
    offer.stockGrantValue = 180'000 * 100;
    offer.receivedOn = today.addDays(-4);
    records.offers.append(offer);
}

} // namespace careerplanner
