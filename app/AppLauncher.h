#pragma once

namespace careerplanner {

// Everything main() does: parse the command line, run a headless command without a
// display, or open the window on the plan asked for (the default plan otherwise).
class AppLauncher
{
public:
    static int run(int argc, char **argv);
};

} // namespace careerplanner
