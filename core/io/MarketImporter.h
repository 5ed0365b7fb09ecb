#pragma once

#include "core/market/MarketCsv.h"

#include <QDate>
#include <QList>
#include <QString>

namespace careerplanner {

class PlanSession;

// Brings a file of compensation reports into the plan: read and checked first (what a
// preview shows: rows read, rows to add, rows skipped with their line and reason), then
// written as one edit, one transaction and one undo step, or not at all.
class MarketImporter
{
public:
    struct Preview
    {
        QString fileName; // without its folder, as the reports keep it
        MarketCsv::Read read;
        QList<int> fresh; // the reports the plan does not hold yet, by index in read.reports
        QString error; // the file cannot be read; nothing to add then
        bool cancelled = false;
        bool canAdd() const { return error.isEmpty() && !cancelled && !fresh.isEmpty(); }
    };

    // Reading and checking, which needs no plan and may run on another thread, then which
    // of the reports read are new to the plan, on the session's thread.
    static Preview read(const QString &path, const QDate &today, const MarketCsv::Progress &progress = {});
    static void findNew(PlanSession &session, Preview &preview);
    // Both.
    static Preview preview(PlanSession &session, const QString &path, const QDate &today,
                           const MarketCsv::Progress &progress = {});
    // Adds the preview's new reports; *added says how many.
    static bool apply(PlanSession &session, const Preview &preview, int *added, QString *error);
    // "Read 1,200 rows: 1,180 to add, 20 skipped." for the dialog and the command line.
    static QString summary(const Preview &preview);
};

} // namespace careerplanner
