#pragma once

#include "core/bands/BandAdjustment.h"
#include "core/base/CurrencyConverter.h"
#include "core/base/ExchangeRate.h"
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
    const QList<ExchangeRate> &exchangeRates() const { return m_rates; }
    // The currency the user chose to see the plan in; empty if they chose none.
    QString chosenDisplayCurrency() const { return m_displayCurrency; }
    // What the plan is shown in: the chosen currency, or else the default.
    QString displayCurrency() const;
    // The current job's currency, or else that of the latest year of pay, or else US dollars.
    QString defaultDisplayCurrency() const;
    // The user's rates, converting to displayCurrency().
    CurrencyConverter converter() const { return CurrencyConverter(m_rates, displayCurrency()); }
    bool read(QString *error); // everything again, as at opening or after an undo
    // After read(): every signal once, as everything may have changed.
    void announceReread();

    bool addPackage(const PayPackage &package, QString *error);
    bool updatePackage(int index, const PayPackage &package, QString *error);
    bool removePackage(int index, QString *error);
    bool saveRecord(const PayRecord &record, QString *error); // adds or replaces its year
    bool removeRecord(int index, QString *error);
    bool setAdjustment(const BandAdjustment &adjustment, QString *error);
    bool addRate(const ExchangeRate &rate, QString *error);
    bool updateRate(int index, const ExchangeRate &rate, QString *error);
    bool removeRate(int index, QString *error);
    bool setDisplayCurrency(const QString &currency, QString *error); // empty: the default

Q_SIGNALS:
    void payPackagesChanged();
    void payHistoryChanged();
    void adjustmentChanged();
    void currenciesChanged(); // the rates or the display currency

private:
    QList<PayPackage> m_packages;
    QList<PayRecord> m_history;
    BandAdjustment m_adjustment;
    QList<ExchangeRate> m_rates;
    QString m_displayCurrency;
};

} // namespace careerplanner
