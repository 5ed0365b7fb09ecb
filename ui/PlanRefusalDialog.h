#pragma once

#include <QString>

class QWidget;

namespace careerplanner {

// Tells the user a plan could not be opened, and why. For a plan refused only for objects
// Career Planner never makes, it offers to save a cleaned copy (the plan is backed up
// first) and returns the copy's path when one was saved; empty otherwise.
class PlanRefusalDialog
{
public:
    static QString show(QWidget *parent, const QString &planPath, const QString &reason);
};

} // namespace careerplanner
