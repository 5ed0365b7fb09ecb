#include "core/pay/PayStore.h"

#include "core/base/HappenedDate.h"
#include "core/ladders/LadderRepository.h"
#include "core/pay/ExchangeRateRepository.h"
#include "core/pay/PayRepository.h"
#include "core/undo/EditRecording.h"

#include <algorithm>

namespace careerplanner {

PayStore::PayStore(EditRecorder &recorder, QObject *parent)
    : FeatureStore(recorder, parent)
{
}

bool PayStore::read(QString *error)
{
    m_adjustment = LadderRepository(plan()).adjustment();
    const PayRepository pay(plan());
    ExchangeRateRepository rates(plan());
    m_displayCurrency = rates.displayCurrency();
    return pay.loadPackages(&m_packages, error) && pay.loadHistory(&m_history, error) && rates.load(&m_rates, error);
}

QString PayStore::displayCurrency() const
{
    return m_displayCurrency.isEmpty() ? defaultDisplayCurrency() : m_displayCurrency;
}

QString PayStore::defaultDisplayCurrency() const
{
    for (const PayPackage &package : m_packages) {
        if (package.kind == PayPackage::Kind::CurrentJob)
            return package.currency;
    }
    return m_history.isEmpty() ? QStringLiteral("USD") : m_history.constLast().currency;
}

bool PayStore::addPackage(const PayPackage &package, QString *error)
{
    const EditRecording recording(recorder(), tr("Add pay package %1").arg(package.name));
    PayPackage stored = package;
    if (!PayRepository(plan()).insertPackage(stored, error))
        return false;
    m_packages.append(stored);
    Q_EMIT payPackagesChanged();
    return true;
}

bool PayStore::updatePackage(int index, const PayPackage &package, QString *error)
{
    const EditRecording recording(recorder(), tr("Edit pay package %1").arg(package.name));
    if (!holds(m_packages, index, tr("That package is no longer in the plan."), error))
        return false;
    PayPackage stored = package;
    stored.id = m_packages.at(index).id;
    if (!PayRepository(plan()).updatePackage(stored, error))
        return false;
    m_packages[index] = stored;
    Q_EMIT payPackagesChanged();
    return true;
}

bool PayStore::removePackage(int index, QString *error)
{
    const EditRecording recording(recorder(),
                                  tr("Remove pay package %1").arg(nameAt(m_packages, index, &PayPackage::name)));
    if (!holds(m_packages, index, tr("That package is no longer in the plan."), error))
        return false;
    if (!PayRepository(plan()).removePackage(m_packages.at(index).id, error))
        return false;
    m_packages.removeAt(index);
    Q_EMIT payPackagesChanged();
    return true;
}

bool PayStore::saveRecord(const PayRecord &record, QString *error)
{
    // A year already in the plan stays, whatever it is; a new one has come by now.
    const bool knownYear = std::any_of(m_history.cbegin(), m_history.cend(),
                                       [&record](const PayRecord &r) { return r.year == record.year; });
    if (!knownYear && !passes(HappenedDate::payYearProblem(record.year, QDate::currentDate()), error))
        return false;
    const EditRecording recording(recorder(), tr("Save pay for %1").arg(record.year));
    PayRepository repository(plan());
    PayRecord stored = record;
    // Reload after writing: the level link decides which names the history shows.
    if (!repository.saveRecord(stored, error) || !repository.loadHistory(&m_history, error))
        return false;
    Q_EMIT payHistoryChanged();
    return true;
}

bool PayStore::removeRecord(int index, QString *error)
{
    const EditRecording recording(recorder(), tr("Remove a year of pay"));
    if (!holds(m_history, index, tr("That year is no longer in the plan."), error))
        return false;
    if (!PayRepository(plan()).removeRecord(m_history.at(index).id, error))
        return false;
    m_history.removeAt(index);
    Q_EMIT payHistoryChanged();
    return true;
}

bool PayStore::setAdjustment(const BandAdjustment &adjustment, QString *error)
{
    const EditRecording recording(recorder(), tr("Change pay assumptions"));
    if (adjustment == m_adjustment)
        return true;
    if (!LadderRepository(plan()).setAdjustment(adjustment, error))
        return false;
    m_adjustment = adjustment;
    Q_EMIT adjustmentChanged();
    return true;
}

bool PayStore::addRate(const ExchangeRate &rate, QString *error)
{
    const EditRecording recording(recorder(), tr("Add exchange rate %1 to %2").arg(rate.from, rate.to));
    ExchangeRate stored = rate;
    if (!ExchangeRateRepository(plan()).insert(stored, error))
        return false;
    m_rates.append(stored);
    Q_EMIT currenciesChanged();
    return true;
}

bool PayStore::updateRate(int index, const ExchangeRate &rate, QString *error)
{
    const EditRecording recording(recorder(), tr("Edit exchange rate %1 to %2").arg(rate.from, rate.to));
    if (!holds(m_rates, index, tr("That rate is no longer in the plan."), error))
        return false;
    ExchangeRate stored = rate;
    stored.id = m_rates.at(index).id;
    if (!ExchangeRateRepository(plan()).update(stored, error))
        return false;
    m_rates[index] = stored;
    Q_EMIT currenciesChanged();
    return true;
}

bool PayStore::removeRate(int index, QString *error)
{
    const QString pair = index >= 0 && index < m_rates.size()
                             ? tr("%1 to %2").arg(m_rates.at(index).from, m_rates.at(index).to)
                             : QString();
    const EditRecording recording(recorder(), tr("Remove exchange rate %1").arg(pair));
    if (!holds(m_rates, index, tr("That rate is no longer in the plan."), error))
        return false;
    if (!ExchangeRateRepository(plan()).remove(m_rates.at(index).id, error))
        return false;
    m_rates.removeAt(index);
    Q_EMIT currenciesChanged();
    return true;
}

bool PayStore::setDisplayCurrency(const QString &currency, QString *error)
{
    if (currency == m_displayCurrency)
        return true;
    const EditRecording recording(
        recorder(), tr("Show amounts in %1").arg(currency.isEmpty() ? tr("the default currency") : currency));
    if (!ExchangeRateRepository(plan()).setDisplayCurrency(currency, error))
        return false;
    m_displayCurrency = currency;
    Q_EMIT currenciesChanged();
    return true;
}

void PayStore::announceReread()
{
    Q_EMIT payPackagesChanged();
    Q_EMIT payHistoryChanged();
    Q_EMIT adjustmentChanged();
    Q_EMIT currenciesChanged();
}

} // namespace careerplanner
