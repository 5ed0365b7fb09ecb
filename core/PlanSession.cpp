#include "PlanSession.h"

#include "PayRepository.h"

namespace careerplanner {

PlanSession::PlanSession(std::unique_ptr<PlanDatabase> plan, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_repository(*m_plan)
{
}

PlanSession::~PlanSession() = default;

std::unique_ptr<PlanSession> PlanSession::open(const QString &path, QString *error)
{
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, error);
    return plan ? load(std::move(plan), error) : nullptr;
}

std::unique_ptr<PlanSession> PlanSession::load(std::unique_ptr<PlanDatabase> plan, QString *error)
{
    auto session = std::make_unique<PlanSession>(std::move(plan));
    if (!session->readAll(error))
        return nullptr;
    return session;
}

bool PlanSession::readAll(QString *error)
{
    m_name = m_repository.planInfo(QStringLiteral("name"));
    PayRepository pay(*m_plan);
    m_adjustment = m_repository.adjustment();
    return m_repository.loadAll(&m_ladders, error) && pay.loadPackages(&m_payPackages, error)
        && pay.loadHistory(&m_payHistory, error);
}

bool PlanSession::validLadder(int ladderIndex, QString *error) const
{
    if (ladderIndex >= 0 && ladderIndex < m_ladders.size())
        return true;
    *error = tr("That ladder is no longer in the plan.");
    return false;
}

bool PlanSession::updateLevel(int ladderIndex, int levelIndex, const CareerLevel &level, QString *error)
{
    if (!validLadder(ladderIndex, error))
        return false;
    CareerLevel stored = level;
    stored.id = m_ladders.at(ladderIndex).levels.at(levelIndex).id;
    if (!m_repository.updateLevel(stored, error))
        return false;
    m_ladders[ladderIndex].levels[levelIndex] = stored;
    Q_EMIT levelChanged(ladderIndex, levelIndex);
    return true;
}

bool PlanSession::insertLevel(int ladderIndex, int position, const CareerLevel &level, QString *error)
{
    if (!validLadder(ladderIndex, error))
        return false;
    CareerLevel stored = level;
    if (!m_repository.insertLevel(m_ladders.at(ladderIndex).id, position, stored, error))
        return false;
    Q_EMIT levelsAboutToBeInserted(ladderIndex, position);
    m_ladders[ladderIndex].levels.insert(position, stored);
    Q_EMIT levelsInserted(ladderIndex, position);
    return true;
}

bool PlanSession::removeLevel(int ladderIndex, int levelIndex, QString *error)
{
    if (!validLadder(ladderIndex, error))
        return false;
    if (!m_repository.removeLevel(m_ladders.at(ladderIndex).levels.at(levelIndex).id, error))
        return false;
    Q_EMIT levelsAboutToBeRemoved(ladderIndex, levelIndex);
    m_ladders[ladderIndex].levels.removeAt(levelIndex);
    Q_EMIT levelsRemoved(ladderIndex, levelIndex);
    return true;
}

bool PlanSession::addLadder(const CareerLadder &ladder, QString *error)
{
    CareerLadder stored = ladder;
    if (!m_repository.insertLadder(stored, error))
        return false;
    const int position = static_cast<int>(m_ladders.size());
    Q_EMIT laddersAboutToBeInserted(position);
    m_ladders.append(stored);
    Q_EMIT laddersInserted(position);
    return true;
}

bool PlanSession::addPackage(const PayPackage &package, QString *error)
{
    PayPackage stored = package;
    if (!PayRepository(*m_plan).insertPackage(stored, error))
        return false;
    m_payPackages.append(stored);
    Q_EMIT payPackagesChanged();
    return true;
}

bool PlanSession::updatePackage(int index, const PayPackage &package, QString *error)
{
    if (index < 0 || index >= m_payPackages.size()) {
        *error = tr("That package is no longer in the plan.");
        return false;
    }
    PayPackage stored = package;
    stored.id = m_payPackages.at(index).id;
    if (!PayRepository(*m_plan).updatePackage(stored, error))
        return false;
    m_payPackages[index] = stored;
    Q_EMIT payPackagesChanged();
    return true;
}

bool PlanSession::removePackage(int index, QString *error)
{
    if (index < 0 || index >= m_payPackages.size()) {
        *error = tr("That package is no longer in the plan.");
        return false;
    }
    if (!PayRepository(*m_plan).removePackage(m_payPackages.at(index).id, error))
        return false;
    m_payPackages.removeAt(index);
    Q_EMIT payPackagesChanged();
    return true;
}

bool PlanSession::saveRecord(const PayRecord &record, QString *error)
{
    PayRepository repository(*m_plan);
    PayRecord stored = record;
    // Reload after writing: the level link decides which names the history shows.
    if (!repository.saveRecord(stored, error) || !repository.loadHistory(&m_payHistory, error))
        return false;
    Q_EMIT payHistoryChanged();
    return true;
}

bool PlanSession::removeRecord(int index, QString *error)
{
    if (index < 0 || index >= m_payHistory.size()) {
        *error = tr("That year is no longer in the plan.");
        return false;
    }
    if (!PayRepository(*m_plan).removeRecord(m_payHistory.at(index).id, error))
        return false;
    m_payHistory.removeAt(index);
    Q_EMIT payHistoryChanged();
    return true;
}

bool PlanSession::setAdjustment(const BandAdjustment &adjustment, QString *error)
{
    if (adjustment == m_adjustment)
        return true;
    if (!m_repository.setAdjustment(adjustment, error))
        return false;
    m_adjustment = adjustment;
    Q_EMIT adjustmentChanged();
    return true;
}

bool PlanSession::removeLadder(int ladderIndex, QString *error)
{
    if (!validLadder(ladderIndex, error))
        return false;
    if (!m_repository.removeLadder(m_ladders.at(ladderIndex).id, error))
        return false;
    Q_EMIT laddersAboutToBeRemoved(ladderIndex);
    m_ladders.removeAt(ladderIndex);
    Q_EMIT laddersRemoved(ladderIndex);
    return true;
}

} // namespace careerplanner
