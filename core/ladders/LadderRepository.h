#pragma once

#include "core/bands/BandAdjustment.h"
#include "core/ladders/CareerLadder.h"

#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Reads and writes the ladders of one plan. Every write is validated first and runs in
// its own transaction: it is in the file when the call returns true, and absent otherwise.
class LadderRepository
{
public:
    explicit LadderRepository(PlanDatabase &plan);

    bool loadAll(QList<CareerLadder> *ladders, QString *error) const;

    // Appends a ladder with its levels; fills in the new row ids.
    bool insertLadder(CareerLadder &ladder, QString *error);
    bool removeLadder(qint64 ladderId, QString *error);

    // Puts a level at position (0-based) in the ladder, moving later levels down.
    bool insertLevel(qint64 ladderId, int position, CareerLevel &level, QString *error);
    // Replaces everything about a stored level (matched by id) with the given content.
    bool updateLevel(const CareerLevel &level, QString *error);
    bool removeLevel(qint64 levelId, QString *error);

    // Gives each branch stored before branches had items (schema version 6) the items of
    // the same branch of the same level in the reference ladders.
    bool fillBranchItems(const QList<CareerLadder> &reference, QString *error);

    QString planInfo(const QString &key) const;
    bool setPlanInfo(const QString &key, const QString &value, QString *error);

    // The user's band adjustment, kept under "adjustment.*" keys of plan_info.
    BandAdjustment adjustment() const;
    bool setAdjustment(const BandAdjustment &adjustment, QString *error);

private:
    bool writeLadderRows(CareerLadder &ladder, QString *error);
    bool writeLevelRow(qint64 ladderId, int position, CareerLevel &level, QString *error);
    bool writeLevelChildren(const CareerLevel &level, QString *error);
    bool insertBranchItems(qint64 branchId, const LevelBranch &branch, QString *error);
    bool shiftPositions(qint64 ladderId, int from, int delta, QString *error);
    bool writePlanInfo(const QString &key, const QString &value, QString *error);

    PlanDatabase &m_plan;
};

} // namespace careerplanner
