#pragma once

#include "app/CommandLine.h"

#include <QTextStream>

namespace careerplanner {

// The commands that open no window. Each returns the process exit code: 0 on success,
// 1 with one line on err otherwise, and never changes an input file when it fails.
class HeadlessCommands
{
public:
    static int run(const CommandLine &command, QTextStream &out, QTextStream &err);
};

} // namespace careerplanner
