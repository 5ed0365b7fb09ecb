#pragma once

#include "core/bands/BandAdjustment.h"
#include "core/pay/PayPackage.h"
#include "core/pay/PayRecord.h"
#include "core/undo/FeatureStore.h"

#include <QList>

namespace careerplanner {

// The plan's pay: its packages, the user's pay history year by year, and the assumptions
// the bands are adjusted by. Each edit is saved first, then kept here and announced; its
// views are small, so each kind has one signal and views reset on it.
class PayStore : public FeatureStore
{
    Q_OBJECT

public:
    explicit PayStore(EditRecorder &recorder, QObject *parent = nullptr);

    const QList<PayPackage> &payPackages() const { return m_packages; }
    const QList<PayRecord> &payHistory() const { return m_history; } // in year order
    const BandAdjustment &adjustment() const { return m_adjustment; }
    bool read(QString *error); // everything again, as at opening or after an undo
    // After read(): every signal once, as everything may have changed.
    void announceReread();

    bool addPackage(const PayPackage &package, QString *error);
    bool updatePackage(int index, const PayPackage &package, QString *error);
    bool removePackage(int index, QString *error);
    bool saveRecord(const PayRecord &record, QString *error); // adds or replaces its year
    bool removeRecord(int index, QString *error);
    bool setAdjustment(const BandAdjustment &adjustment, QString *error);

Q_SIGNALS:
    void payPackagesChanged();
    void payHistoryChanged();
    void adjustmentChanged();

private:
    QList<PayPackage> m_packages;
    QList<PayRecord> m_history;
    BandAdjustment m_adjustment;
};

} // namespace careerplanner
