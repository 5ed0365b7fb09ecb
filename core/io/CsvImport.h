#pragma once

#include "core/base/CsvReader.h"

#include "core/ladders/CareerLadder.h"
#include "core/pay/PayRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace careerplanner {

class PlanSession;

// What a CSV file from a spreadsheet would add to the plan, checked row by row before
// anything is written: pay years, or levels for a ladder. The first row names the columns
// (in any order, any case); every problem names its line. The plan takes the rows only if
// there is no problem at all.
class CsvImport
{
public:
    using Problem = CsvReader::Problem;

    template<typename Row> struct Preview
    {
        QList<Row> rows;
        QList<int> lines; // the line each row comes from
        QList<Problem> problems;
        bool isValid() const { return problems.isEmpty() && !rows.isEmpty(); }
    };

    // year, base required; ladder, level, currency (USD), bonus, stock optional.
    static QStringList payHistoryColumns();
    // title required; code, summary, years min/max, base and total min/max/open optional.
    // A maximum written with a trailing "+" ("150000+") marks the band open-ended.
    static QStringList levelColumns();

    static Preview<PayRecord> payHistory(const QString &text);
    static Preview<CareerLevel> levels(const QString &text, const CareerLadder &into);

    // Writes every row of a valid preview as one edit (one transaction, one undo step), or
    // nothing. Pay years replace the years the plan already has; levels go after the last.
    static bool apply(PlanSession &session, const Preview<PayRecord> &preview, QString *error);
    static bool apply(PlanSession &session, int ladderIndex, const Preview<CareerLevel> &preview, QString *error);
};

} // namespace careerplanner
