#pragma once

#include "core/path/Scenario.h"
#include "core/path/Promotion.h"
#include "core/path/Profile.h"

#include <QJsonObject>
#include <QString>

namespace careerplanner {

class JsonReader;

// The JSON form of the profile, path scenarios and promotions (docs/json-format.md).
class PathJson
{
public:
    static QJsonObject profileToJson(const Profile &profile);
    static QJsonObject scenarioToJson(const Scenario &scenario);
    static QJsonObject promotionToJson(const Promotion &promotion);

    // Strict, like the rest of the import; structure only: PathValidator judges content.
    static bool profileFromJson(const QJsonObject &object, const QString &path, Profile *profile, QString *error);
    static bool scenarioFromJson(const QJsonObject &object, const QString &path, Scenario *scenario, QString *error);
    static bool promotionFromJson(const QJsonObject &object, const QString &path, Promotion *promotion, QString *error);
};

} // namespace careerplanner
