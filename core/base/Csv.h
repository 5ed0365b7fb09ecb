#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace careerplanner {

// Writing RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes
// doubled, records end with CRLF.
class Csv
{
public:
    static QString field(const QString &value);
    static QString record(const QStringList &fields);
    // An amount in minor units as a plain decimal a spreadsheet reads: "165000.00".
    static QString amount(qint64 minorUnits, const QString &currency);
    // A date as ISO text ("2026-03-01"), an empty field when there is none.
    static QString date(const QDate &value);
};

} // namespace careerplanner
