#include "core/ladders/LadderStore.h"

#include "core/undo/EditRecording.h"

namespace careerplanner {

LadderStore::LadderStore(EditRecorder &recorder, QObject *parent)
    : FeatureStore(recorder, parent)
    , m_repository(plan())
{
}

bool LadderStore::read(QString *error)
{
    return m_repository.loadAll(&m_ladders, error);
}

bool LadderStore::validLadder(int ladderIndex, QString *error) const
{
    return holds(m_ladders, ladderIndex, tr("That ladder is no longer in the plan."), error);
}

bool LadderStore::validLevel(int ladderIndex, int levelIndex, QString *error) const
{
    return validLadder(ladderIndex, error)
           && holds(m_ladders.at(ladderIndex).levels, levelIndex, tr("That level is no longer in the plan."), error);
}

QString LadderStore::levelTitle(int ladderIndex, int levelIndex) const
{
    return ladderIndex >= 0 && ladderIndex < m_ladders.size()
               ? nameAt(m_ladders.at(ladderIndex).levels, levelIndex, &CareerLevel::title)
               : QString();
}

bool LadderStore::titleIsFree(int ladderIndex, const QString &title, int except, QString *error) const
{
    const QList<CareerLevel> &levels = m_ladders.at(ladderIndex).levels;
    for (int i = 0; i < levels.size(); ++i) {
        if (i != except && levels.at(i).title.compare(title.trimmed(), Qt::CaseInsensitive) == 0) {
            *error = tr("%1 already has a level called “%2”: paths, pay years and promotions name their level, so "
                        "each title is used once on a ladder.")
                         .arg(m_ladders.at(ladderIndex).name, levels.at(i).title);
            return false;
        }
    }
    return true;
}

bool LadderStore::updateLevel(int ladderIndex, int levelIndex, const CareerLevel &level, QString *error)
{
    const EditRecording recording(recorder(), tr("Edit level %1").arg(level.title));
    if (!validLevel(ladderIndex, levelIndex, error))
        return false;
    if (!titleIsFree(ladderIndex, level.title, levelIndex, error))
        return false;
    CareerLevel stored = level;
    stored.id = m_ladders.at(ladderIndex).levels.at(levelIndex).id;
    if (!m_repository.updateLevel(stored, error))
        return false;
    m_ladders[ladderIndex].levels[levelIndex] = stored;
    Q_EMIT levelChanged(ladderIndex, levelIndex);
    return true;
}

bool LadderStore::insertLevel(int ladderIndex, int position, const CareerLevel &level, QString *error)
{
    const EditRecording recording(recorder(), tr("Add level %1").arg(level.title));
    if (!validLadder(ladderIndex, error))
        return false;
    if (position < 0 || position > m_ladders.at(ladderIndex).levels.size()) {
        *error = tr("A new level goes between the ladder's levels or after the last.");
        return false;
    }
    if (!titleIsFree(ladderIndex, level.title, -1, error))
        return false;
    CareerLevel stored = level;
    if (!m_repository.insertLevel(m_ladders.at(ladderIndex).id, position, stored, error))
        return false;
    Q_EMIT levelsAboutToBeInserted(ladderIndex, position);
    m_ladders[ladderIndex].levels.insert(position, stored);
    Q_EMIT levelsInserted(ladderIndex, position);
    return true;
}

bool LadderStore::removeLevel(int ladderIndex, int levelIndex, QString *error)
{
    const EditRecording recording(recorder(), tr("Remove level %1").arg(levelTitle(ladderIndex, levelIndex)));
    if (!validLevel(ladderIndex, levelIndex, error))
        return false;
    if (!m_repository.removeLevel(m_ladders.at(ladderIndex).levels.at(levelIndex).id, error))
        return false;
    Q_EMIT levelsAboutToBeRemoved(ladderIndex, levelIndex);
    m_ladders[ladderIndex].levels.removeAt(levelIndex);
    Q_EMIT levelsRemoved(ladderIndex, levelIndex);
    return true;
}

bool LadderStore::addLadder(const CareerLadder &ladder, QString *error)
{
    const EditRecording recording(recorder(), tr("Add ladder %1").arg(ladder.name));
    CareerLadder stored = ladder;
    if (!m_repository.insertLadder(stored, error))
        return false;
    const int position = static_cast<int>(m_ladders.size());
    Q_EMIT laddersAboutToBeInserted(position);
    m_ladders.append(stored);
    Q_EMIT laddersInserted(position);
    return true;
}

bool LadderStore::removeLadder(int ladderIndex, QString *error)
{
    const EditRecording recording(recorder(),
                                  tr("Remove ladder %1").arg(nameAt(m_ladders, ladderIndex, &CareerLadder::name)));
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
