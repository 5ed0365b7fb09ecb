#include "core/pay/PayStore.h"

#include "core/base/HappenedDate.h"
#include "core/ladders/LadderRepository.h"
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
    return pay.loadPackages(&m_packages, error) && pay.loadHistory(&m_history, error);
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

void PayStore::announceReread()
{
    Q_EMIT payPackagesChanged();
    Q_EMIT payHistoryChanged();
    Q_EMIT adjustmentChanged();
}

} // namespace careerplanner
