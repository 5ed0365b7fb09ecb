#include "ui/widgets/InlineProblemLabel.h"

#include "ui/widgets/Appearance.h"

namespace careerplanner {

InlineProblemLabel::InlineProblemLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setStyleSheet(Appearance::errorStyleSheet());
    setWordWrap(true);
    hide();
}

bool InlineProblemLabel::report(const QString &problem)
{
    setText(problem);
    setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

} // namespace careerplanner
