#pragma once

#include <QComboBox>

namespace careerplanner {

class PathStore;

// A choice of the promotions still to come on the plan's own path, by level title, each
// with its step's index: where an agreed action's milestone goes, whose case to show.
class StepsToComeBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit StepsToComeBox(QWidget *parent = nullptr);

    // The path's steps to come again, keeping the step chosen when it is still one (the
    // first otherwise), without a change signal for the refill itself.
    void refill(const PathStore &path);
    int step() const; // the chosen step's index on the path; -1 when there is none
};

} // namespace careerplanner
