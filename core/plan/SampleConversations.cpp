#include "core/plan/SampleConversations.h"

#include <algorithm>

namespace careerplanner {

void SampleConversations::add(PlanContent *content)
{
    const QDate today = QDate::currentDate();
    content->numberMilestonesAndGoals();
    // The agreed action that became the path's milestone of leading teams, and the writing goal.
    const Milestone &lead = content->scenarios.first().steps.at(1).milestones.at(3);
    const auto writing = std::find_if(content->goals.cbegin(), content->goals.cend(),
                                      [](const Goal &goal) { return goal.skillKey == QLatin1String("writing"); });

    CareerConversation manager;
    manager.heldOn = today.addDays(-358);
    manager.person = QStringLiteral("Priya Raman");
    manager.relation = CareerConversation::Relation::Manager;
    manager.askedFor = QStringLiteral("Senior Program Manager by spring 2027: what is missing, and who decides?");
    manager.feedback = QStringLiteral("Delivery is strong. Leadership sees too little of it, and I want to see you "
                                      "lead people who do not report to you.");
    manager.agreed
        = { { QStringLiteral("Lead and influence teams: run the returns program across its four teams"), lead.id, 0 },
            { QStringLiteral("Get written communication to 4: one narrative a quarter"), 0,
              writing == content->goals.cend() ? 0 : writing->id },
            { QStringLiteral("Mentor a new APM through their first program"), 0, 0 } };
    manager.nextOn = manager.heldOn.addDays(365); // next week

    CareerConversation mentor;
    mentor.heldOn = today.addDays(-60);
    mentor.person = QStringLiteral("Sam Okafor");
    mentor.relation = CareerConversation::Relation::Mentor;
    mentor.askedFor = QStringLiteral("How to write the promotion document without sounding like a status report.");
    mentor.feedback = QStringLiteral("Lead with the customer problem and the numbers; let the quotes of others "
                                     "carry the praise.");
    mentor.agreed = { { QStringLiteral("Draft the promotion case and ask Priya to review it"), 0, 0 } };
    content->conversations.conversations = { mentor, manager };

    const auto quote = [&](int daysAgo, const char *person, FeedbackQuote::Source source, const char *text,
                           const QStringList &tags) {
        FeedbackQuote q;
        q.receivedOn = today.addDays(-daysAgo);
        q.person = QString::fromUtf8(person);
        q.source = source;
        q.quote = QString::fromUtf8(text);
        q.tags = tags;
        content->conversations.feedback.append(q);
    };
    using Source = FeedbackQuote::Source;
    quote(40, "Morgan Lee", Source::SkipLevel,
          "I would like to see you bring new solutions to the leadership review, not only status.",
          { QStringLiteral("invent_simplify"), QStringLiteral("think_big") });
    quote(120, "Dana Ortiz", Source::Customer,
          "The carrier pilot was the first time a program team asked us what we needed before deciding.",
          { QStringLiteral("customer_obsession"), QStringLiteral("data") });
    quote(200, "Alex Chen", Source::Peer,
          "You brought the error rates to the launch debate and changed the decision without pulling rank.",
          { QStringLiteral("influence"), QStringLiteral("are_right"), QStringLiteral("backbone") });
    quote(300, "Priya Raman", Source::Manager,
          "The peak-season war room kept four teams on one plan: that is the scope of a Senior PM.",
          { QStringLiteral("ownership"), QStringLiteral("cross_functional"), QStringLiteral("deliver_results") });
}

} // namespace careerplanner
