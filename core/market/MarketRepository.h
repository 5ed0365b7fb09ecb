#pragma once

#include "core/market/MarketImport.h"
#include "core/market/MarketReport.h"

#include <QList>
#include <QString>

namespace careerplanner {

class MarketTable;
class PlanDatabase;

// Reads and writes the plan's market reports and the imports they came from. A report is
// known by a digest of its content and how many identical ones came before it in its file:
// a file imported again adds nothing, while two people who report the same figures stay two.
class MarketRepository
{
public:
    explicit MarketRepository(PlanDatabase &plan);

    // The digest of what a report says (not where or when it was imported), kept stable
    // from one version of the program to the next.
    static qint64 fingerprint(const MarketReport &report);

    // Which of reports (one file's, in its order) the plan does not hold yet.
    bool newReports(const QList<MarketReport> &reports, QList<int> *fresh, QString *error) const;
    // Adds the import and the reports it does not hold yet, giving import its id and count;
    // the caller holds the transaction (the whole import is one edit).
    bool add(MarketImport &import, const QList<MarketReport> &reports, QString *error);
    bool removeImport(qint64 importId, QString *error);

    // Newest first. A plan of schema version 7 or older, read without migrating it, has none.
    bool loadImports(QList<MarketImport> *imports, QString *error) const;
    // Every report, in the order they were added.
    bool loadTable(MarketTable *table, QString *error) const;
    // Without reading them: how many there are.
    bool countReports(int *reports, QString *error) const;

private:
    struct Occurrence
    {
        int index; // in the file's reports
        qint64 fingerprint;
        int number; // how many identical reports the file has up to this one
    };
    bool occurrencesOf(const QList<MarketReport> &reports, QList<Occurrence> *fresh, QString *error) const;
    bool hasTables(bool *present, QString *error) const;

    PlanDatabase &m_plan;
};

} // namespace careerplanner
