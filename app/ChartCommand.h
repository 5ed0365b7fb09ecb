#pragma once

#include "app/CommandLine.h"

#include <QTextStream>

namespace careerplanner {

// `careerplanner --export-chart KIND --output OUT FILE`: draws a chart of a plan without
// a window, the same drawing as on screen. Exit code 0, or 1 with one line on err.
class ChartCommand
{
public:
    static int run(const CommandLine &command, QTextStream &err);
};

} // namespace careerplanner
