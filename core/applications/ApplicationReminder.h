#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace careerplanner {

// Something to do for an application, raised by one of ApplicationReminders' rules.
struct ApplicationReminder
{
    enum class Kind {
        InterviewTomorrow, // the day before an interview
        ThankYou, // within 24 hours of the loop's last interview
        FollowUpDecision, // no decision two weeks after the loop
        FollowUpQuiet, // nothing heard for ten days
    };

    Kind kind = Kind::InterviewTomorrow;
    qint64 applicationId = 0;
    qint64 stageId = 0; // the interview it is about; 0: the application as a whole
    QString key; // what marking it done or dismissed is kept under
    QDateTime dueBy; // the interview's start, the note's 24 hours, the day a follow-up is due
    QString text; // for the user
};

} // namespace careerplanner
