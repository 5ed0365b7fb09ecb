#pragma once

#include <QDate>
#include <QString>

namespace careerplanner {

class PlanSession;

// The report's interview-readiness section: how much of the bank is practised and due, then
// per Leadership Principle the stories, the questions practised, the latest rating and what
// is due, and the drafts of the writing exercise.
class InterviewReportSection
{
public:
    static QString html(const PlanSession &session, const QString &title, const QDate &today);
};

} // namespace careerplanner
