#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace careerplanner {

// One edit a page makes of the plan, and what the user hears if the plan refuses it: a
// message box titled title saying failure and the reason ("The goal was not added." and
// why). The edit itself has already left the file as it was.
class CheckedEdit
{
public:
    using Edit = std::function<bool(QString *error)>;

    // True when the edit was saved.
    static bool run(QWidget *page, const QString &title, const QString &failure, const Edit &edit);
    // What run says when an edit was refused, for a refusal heard another way (a model's).
    static void tell(QWidget *page, const QString &title, const QString &failure, const QString &reason);
};

} // namespace careerplanner
