#pragma once

#include <QString>
#include <QStringList>

namespace careerplanner {

// What `careerplanner --check FILE` reports: file type and version, SQLite integrity,
// foreign keys, and the plan's own rules, read without writing anything.
class PlanChecker
{
public:
    struct Report
    {
        bool ok = false;
        QStringList lines;
    };
    static Report check(const QString &path);
};

} // namespace careerplanner
