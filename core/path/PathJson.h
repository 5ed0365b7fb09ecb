#pragma once

#include "core/path/Scenario.h"
#include "core/path/Promotion.h"
#include "core/path/Profile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

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

    // A milestone named by its place on path, {"step", "index"} from 0, as what links to a
    // milestone names it; empty when the milestone is not on path.
    static QJsonObject milestonePlace(const QList<PathStep> &path, qint64 milestoneId);
    // The id of the milestone the place at key names; none when key is absent, 0 (and
    // reader failed) when no milestone of path is there.
    static std::optional<qint64> milestoneAt(JsonReader &reader, const QString &key, const QList<PathStep> &path,
                                             QString *error);
};

} // namespace careerplanner
