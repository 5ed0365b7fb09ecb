#include "ui/widgets/StepsToComeBox.h"

#include "core/path/PathStore.h"

namespace careerplanner {

StepsToComeBox::StepsToComeBox(QWidget *parent)
    : QComboBox(parent)
{
}

void StepsToComeBox::refill(const PathStore &path)
{
    const QVariant chosen = currentData();
    const QSignalBlocker blocker(this);
    clear();
    if (!path.scenarios().isEmpty()) {
        const QList<PathStep> &steps = path.scenarios().constFirst().steps;
        for (int step = 0; step < steps.size(); ++step) {
            if (PathStore::isStillToCome(steps, path.profile(), step))
                addItem(steps.at(step).levelTitle, step);
        }
    }
    setCurrentIndex(std::max(0, findData(chosen)));
}

int StepsToComeBox::step() const
{
    return count() == 0 ? -1 : currentData().toInt();
}

} // namespace careerplanner
