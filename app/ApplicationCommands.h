#pragma once

#include "app/CommandLine.h"

#include <QTextStream>

namespace careerplanner {

// --export-ics FILE --output OUT.ics [--application NAME]: the interviews of one
// application, or all those still to come, as an iCalendar file. Returns the exit code,
// 1 with one line on err when it cannot do what was asked.
class ApplicationCommands
{
public:
    static int exportCalendar(const CommandLine &command, QTextStream &err);
};

} // namespace careerplanner
