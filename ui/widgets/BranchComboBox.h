#pragma once

#include "core/ladders/CareerLadder.h"

#include <QComboBox>

namespace careerplanner {

// The branch to follow where a path's ladder forks (management or individual contributor),
// offered only when a level between the one held and the target has branches.
class BranchComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit BranchComboBox(QWidget *parent = nullptr);

    // Offers the branches of the first level from `from` to `to` that has any, keeping the
    // branch chosen before where it is still offered; disabled when none has.
    void showBranchesOn(const CareerLadder &ladder, int from, int to);
    void clearBranches();
    // The level where the ladder forks on the way, or nullptr.
    const CareerLevel *splitLevel() const { return m_split; }
    QString branch() const { return currentData().toString(); }
    // A word for someone on the individual-contributor branch aiming past where most of
    // its people stay; empty otherwise.
    QString noteFor(const QString &targetTitle) const;

private:
    CareerLevel m_splitCopy; // the ladder may change while the combo lives
    const CareerLevel *m_split = nullptr;
};

} // namespace careerplanner
