#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/ladders/LadderRepository.h"
#include "core/undo/FeatureStore.h"

#include <QList>

namespace careerplanner {

// The plan's ladders and their levels, kept equal to the file: each edit is written first
// (one transaction, one undo step) and reaches memory and the views only once it is saved.
// Row signals, not resets, so the ladder views keep their selection across an edit.
class LadderStore : public FeatureStore
{
    Q_OBJECT

public:
    explicit LadderStore(EditRecorder &recorder, QObject *parent = nullptr);

    const QList<CareerLadder> &ladders() const { return m_ladders; }
    bool read(QString *error); // the whole list again, as at opening or after an undo

    bool updateLevel(int ladderIndex, int levelIndex, const CareerLevel &level, QString *error);
    bool insertLevel(int ladderIndex, int position, const CareerLevel &level, QString *error);
    bool removeLevel(int ladderIndex, int levelIndex, QString *error);
    bool addLadder(const CareerLadder &ladder, QString *error);
    bool removeLadder(int ladderIndex, QString *error);

Q_SIGNALS:
    void levelsAboutToBeInserted(int ladderIndex, int position);
    void levelsInserted(int ladderIndex, int position);
    void levelsAboutToBeRemoved(int ladderIndex, int position);
    void levelsRemoved(int ladderIndex, int position);
    void levelChanged(int ladderIndex, int levelIndex);
    void laddersAboutToBeInserted(int position);
    void laddersInserted(int position);
    void laddersAboutToBeRemoved(int position);
    void laddersRemoved(int position);

private:
    bool validLadder(int ladderIndex, QString *error) const;
    bool validLevel(int ladderIndex, int levelIndex, QString *error) const;
    // No other level of the ladder than except (-1: none) is called title, in any case.
    bool titleIsFree(int ladderIndex, const QString &title, int except, QString *error) const;
    QString levelTitle(int ladderIndex, int levelIndex) const;

    LadderRepository m_repository;
    QList<CareerLadder> m_ladders;
};

} // namespace careerplanner
