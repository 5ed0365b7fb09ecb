#pragma once

#include "core/ladders/CareerLadder.h"

#include <QJsonObject>
#include <QString>

namespace careerplanner {

// The JSON form of a ladder, shared by the reference data in data/ and by plan exports.
// docs/json-format.md describes it. Writing then reading gives back the same ladder.
class LadderJson
{
public:
    static QJsonObject toJson(const CareerLadder &ladder);
    static QJsonObject levelToJson(const CareerLevel &level);

    // Strict: unknown keys and wrong types are errors, reported with their place in path.
    static bool fromJson(const QJsonObject &object, const QString &path, CareerLadder *ladder, QString *error);
    static bool levelFromJson(const QJsonObject &object, const QString &path, CareerLevel *level, QString *error);
};

} // namespace careerplanner
