#pragma once

#include <QByteArray>
#include <QString>

namespace careerplanner {

// Reads an outside file with a ceiling: a file, device or pipe longer than its limit is
// refused in one line rather than read into memory (an endless /dev/zero included).
// The limits are stated in docs/limits.md.
class BoundedFile
{
public:
    static constexpr qint64 JsonLimit = 64LL * 1024 * 1024; // a JSON export to import
    static constexpr qint64 CsvLimit = 16LL * 1024 * 1024; // a CSV file to import
    static constexpr qint64 MarketCsvLimit = 64LL * 1024 * 1024; // a file of market pay reports
    static constexpr qint64 PlanLimit = 2LL * 1024 * 1024 * 1024; // a plan file to open

    // The whole of path, if it is no longer than limit.
    static bool read(const QString &path, qint64 limit, QByteArray *bytes, QString *error);
    // "64 MB", for messages.
    static QString describeLimit(qint64 limit);
};

} // namespace careerplanner
