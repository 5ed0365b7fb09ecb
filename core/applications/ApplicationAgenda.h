#pragma once

#include "core/applications/ApplicationRepository.h"
#include "core/applications/ApplicationStage.h"
#include "core/applications/JobApplication.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace careerplanner {

// The applications in the order of what needs doing next: open ones with a reminder or a
// booked interview first, soonest first; then open ones waiting on nothing booked; then
// those that have ended, the latest first. The page's list, the dashboard and the report
// all show this order.
class ApplicationAgenda
{
public:
    struct Entry
    {
        int index = -1; // in the applications given
        QDateTime nextAt; // invalid: nothing due or booked
        QString next; // what is next, for the user; empty when nothing is
    };

    static QList<Entry> ordered(const QList<JobApplication> &applications, const QList<ApplicationStage> &stages,
                                const ReminderMarks &marks, const QDateTime &now);
};

} // namespace careerplanner
