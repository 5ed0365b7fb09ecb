#pragma once

#include <QDateTime>
#include <QString>

namespace careerplanner {

class PlanSession;

// The report's job-applications section: each open application with its status and what
// is next, in the order of what needs doing first, then the reminders still open.
class ApplicationReportSection
{
public:
    static QString html(const PlanSession &session, const QString &title, const QDateTime &now);
};

} // namespace careerplanner
