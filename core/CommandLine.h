#pragma once

#include <QString>
#include <QStringList>

namespace careerplanner {

// What the user asked for on the command line. Parsing needs no QCoreApplication, so the
// program can decide between a window and a headless run before creating either.
struct CommandLine
{
    enum class Mode { Window, Help, Version, New, ExportJson, ImportJson, Check, PayTable, Invalid };

    Mode mode = Mode::Window;
    QString file;     // the plan the command works on; empty: the default plan
    QString jsonFile; // --import-json JSON
    bool sample = false;
    int years = 4;    // --years, for --pay-table
    bool quitAfterStartup = false;
    QString error;    // with Mode::Invalid
    QString helpText;

    static CommandLine parse(const QStringList &arguments);
    bool isHeadless() const { return mode != Mode::Window; }
};

} // namespace careerplanner
