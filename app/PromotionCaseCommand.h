#pragma once

#include "app/CommandLine.h"

#include <QTextStream>

namespace careerplanner {

// --promotion-case FILE --output OUT.pdf|OUT.md [--level TITLE]: the case for the next
// promotion of the plan's own path, or for the step to TITLE, as the app shows it. The plan
// is opened read-only. Returns the exit code, 1 with one line on err when it cannot.
class PromotionCaseCommand
{
public:
    static int run(const CommandLine &command, QTextStream &err);
};

} // namespace careerplanner
