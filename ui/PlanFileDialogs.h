#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace careerplanner {

class PlanSession;

// The File menu's dialogs that write something from the open plan: a copy, the report as
// PDF or on paper, and the file a new plan goes to. Each returns what the status bar says
// afterwards, empty when the user cancelled (a failure is said in a message box).
class PlanFileDialogs
{
public:
    // A file to write a plan to, beside the plan at besidePlan; empty if cancelled.
    static QString askNewPlanPath(QWidget *parent, const QString &title, const QString &besidePlan,
                                  const QString &suggestedName);
    // File ▸ New Plan: asks where, makes the plan with the reference ladders (never over an
    // existing file) and opens it; nothing if cancelled or refused (said in a message box).
    static std::unique_ptr<PlanSession> createPlan(QWidget *parent, const QString &besidePlan);
    static QString saveCopyAs(QWidget *parent, const PlanSession &session);
    static QString exportReport(QWidget *parent, const PlanSession &session);
    static void printReport(QWidget *parent, const PlanSession &session);
};

} // namespace careerplanner
