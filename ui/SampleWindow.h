#pragma once

class QWidget;

namespace careerplanner {

// The sample plan in a window of its own, so that looking around in it never touches the
// user's plan or their window.
class SampleWindow
{
public:
    static void open(QWidget *beside);
};

} // namespace careerplanner
