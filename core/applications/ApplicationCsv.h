#pragma once

#include "core/applications/ApplicationRecords.h"

#include <QDateTime>
#include <QString>

namespace careerplanner {

// The applications as RFC 4180 CSV (UTF-8, CRLF) for spreadsheets: one row each, with
// its stages counted, the next one booked and the offer's figures.
class ApplicationCsv
{
public:
    static QString applications(const ApplicationRecords &records, const QDateTime &now);
};

} // namespace careerplanner
