#pragma once

#include "core/applications/ApplicationStage.h"
#include "core/applications/JobApplication.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace careerplanner {

// Interviews as an iCalendar file (RFC 5545) that calendar programs import, written by
// libical so that folding, escaping and times follow the RFC: one event per booked stage
// (its start in UTC and its duration, or its day), with a reminder the day before.
class ApplicationCalendar
{
public:
    // An event's UID, the same on every export, so a calendar updates what it imported.
    static QByteArray uid(const JobApplication &application, const ApplicationStage &stage);
    // The booked stages of applications (by id), stamped now.
    static QByteArray write(const QList<JobApplication> &applications, const QList<ApplicationStage> &stages,
                            const QDateTime &now);
};

} // namespace careerplanner
