#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/ladders/CareerLevel.h"

#include <QList>
#include <QString>

namespace careerplanner {

// The rules every level and ladder must meet before it reaches a plan file. The edit form,
// the JSON import and the storage layer all ask here, so a rule lives in one place.
class LevelValidator
{
public:
    // Generous on purpose: a pasted name must round-trip, not be cut.
    static constexpr int MaximumTextLength = 10'000;

    enum class Field {
        Title,
        LevelCode,
        YearsAtLevel,
        ExperienceYears,
        BaseBand,
        TotalBand,
        Branches,
        LadderName,
    };

    struct Issue
    {
        Field field;
        QString message;
    };

    static QList<Issue> validateLevel(const CareerLevel &level);
    static QList<Issue> validateBand(const SalaryBand &band);
    static QList<Issue> validateLadderHeader(const CareerLadder &ladder);
    // Everything about a ladder and its levels; messages name the level they concern.
    static QStringList validateLadder(const CareerLadder &ladder);

    static QString firstMessageFor(const QList<Issue> &issues, Field field);
};

} // namespace careerplanner
