#pragma once

#include "core/storage/CheckInterrupter.h"

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

    // What the SQLite header (read as bytes) says: a plan of a version this program reads,
    // as far as the header can tell. inWalMode: its journal is a write-ahead log.
    static Verdict inspectHeader(const QString &path, bool *inWalMode);
    // The whole file through a read-only connection: integrity, tables, foreign keys.
    // Slow on a large plan; safe on another thread (its connection lives and dies there).
    // scope: the whole file with its CHECK rules, or the structure of every table but the
    // market reports (the quick part, before a window shows the plan; see
    // PlanDatabase::ContentCheck::ReportsLast). A check stops, failing, once stop is interrupted.
    enum class Scope { Whole, AllButReports };
    static Verdict inspectContent(const QString &path, int schemaVersion, Scope scope = Scope::Whole,
                                  CheckInterrupter *stop = nullptr);
    // A file whose SQLite header carries this program's application id: a plan, sound or not.
    static bool hasPlanHeader(const QString &path);
    // The same, of a header already read (the file's first 100 bytes).
    static bool isPlanHeader(const QByteArray &header);

private:
    static Verdict inspectHeaderBytes(const QString &path, bool *inWalMode);
};

} // namespace careerplanner
