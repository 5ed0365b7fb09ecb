#pragma once

#include <QString>

namespace careerplanner {

// Decides whether a file on disk is a plan this program may open, before SQLite writes
// anything to it. It reads the SQLite header itself, then checks the content through a
// read-only connection, so a file that is refused is left byte-for-byte as it was.
class PlanFileInspector
{
public:
    struct Verdict
    {
        bool ok = false;
        int schemaVersion = 0;
        QString reason; // one line for the user when not ok
    };

    static Verdict inspect(const QString &path);
    // A plan (by its header) whose writer stopped inside a transaction: a non-empty
    // rollback journal lies beside it, and only a writing connection can roll it back.
    static bool hasUnfinishedChange(const QString &path);

private:
    static Verdict inspectFile(const QString &path);
};

} // namespace careerplanner
