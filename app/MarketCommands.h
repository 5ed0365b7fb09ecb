#pragma once

#include "app/CommandLine.h"

#include <QTextStream>

namespace careerplanner {

// --import-market CSV FILE and --market-table FILE: market pay without a window. Each
// returns the exit code, 1 with one line on err when it cannot do what was asked.
class MarketCommands
{
public:
    static int importReports(const CommandLine &command, QTextStream &out, QTextStream &err);
    static int printTable(const CommandLine &command, QTextStream &out, QTextStream &err);
};

} // namespace careerplanner
