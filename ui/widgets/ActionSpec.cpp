#include "ui/widgets/ActionSpec.h"

namespace careerplanner {

QAction *makeAction(const ActionSpec &spec, QObject *parent)
{
    auto *action = new QAction(spec.text, parent);
    if (!spec.name.isEmpty())
        action->setObjectName(spec.name);
    action->setShortcuts(spec.keys);
    action->setStatusTip(spec.tip);
    return action;
}

} // namespace careerplanner
