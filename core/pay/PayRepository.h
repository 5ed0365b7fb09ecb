#pragma once

#include "core/pay/PayPackage.h"
#include "core/pay/PayRecord.h"

#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Reads and writes a plan's pay packages and pay history. Like the ladders: validated
// first, one transaction per write, in the file when the call returns true.
class PayRepository
{
public:
    explicit PayRepository(PlanDatabase &plan);

    bool loadPackages(QList<PayPackage> *packages, QString *error) const;
    bool insertPackage(PayPackage &package, QString *error);
    bool updatePackage(const PayPackage &package, QString *error);
    bool removePackage(qint64 packageId, QString *error);

    // In year order.
    bool loadHistory(QList<PayRecord> *records, QString *error) const;
    // Adds the year, or replaces what was recorded for it. A stored record (id set) whose
    // year changed moves: its old year goes, in the same transaction.
    bool saveRecord(PayRecord &record, QString *error);
    bool removeRecord(qint64 recordId, QString *error);

private:
    bool writePackage(PayPackage &package, bool insert, QString *error);

    PlanDatabase &m_plan;
};

} // namespace careerplanner
