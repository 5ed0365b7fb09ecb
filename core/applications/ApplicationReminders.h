#pragma once

#include "core/applications/ApplicationReminder.h"
#include "core/applications/ApplicationRepository.h"
#include "core/applications/ApplicationStage.h"
#include "core/applications/JobApplication.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace careerplanner {

// The rules of what to do next for open applications, at a given moment (a fixed one in
// the tests): a reminder the day before each interview; a thank-you note within 24 hours
// of the loop's last interview; a follow-up when no decision came two weeks after the loop,
// or when an application has been quiet for ten days. A reminder marked done or dismissed
// is not raised again; one raised afresh (a rebooked interview) has a new key.
class ApplicationReminders
{
public:
    static constexpr int ThankYouHours = 24;
    static constexpr int DecisionDays = 14;
    static constexpr int QuietDays = 10;

    // The open reminders, soonest due first.
    static QList<ApplicationReminder> due(const QList<JobApplication> &applications,
                                          const QList<ApplicationStage> &stages, const ReminderMarks &marks,
                                          const QDateTime &now);
    // When a booked stage is over: its end, or the end of its day when it has no time.
    static QDateTime over(const ApplicationStage &stage);
    // The booked interviews still to come, soonest first.
    static QList<ApplicationStage> upcoming(const QList<JobApplication> &applications,
                                            const QList<ApplicationStage> &stages, const QDateTime &now);

private:
    static void addFor(const JobApplication &application, const QList<ApplicationStage> &stages, const QDateTime &now,
                       QList<ApplicationReminder> *reminders);
};

} // namespace careerplanner
