#include "core/path/PathJson.h"

#include "core/base/JsonReader.h"

#include <QJsonArray>

namespace careerplanner {

namespace {

QJsonObject milestoneToJson(const Milestone &milestone)
{
    QJsonObject object { { QStringLiteral("title"), milestone.title },
                         { QStringLiteral("status"), Milestone::statusToKey(milestone.status) },
                         { QStringLiteral("evidence"), milestone.evidence } };
    if (milestone.dueDate.isValid())
        object.insert(QStringLiteral("dueDate"), JsonReader::dateToJson(milestone.dueDate));
    if (milestone.completedDate.isValid())
        object.insert(QStringLiteral("completedDate"), JsonReader::dateToJson(milestone.completedDate));
    return object;
}

} // namespace

QJsonObject PathJson::profileToJson(const Profile &profile)
{
    QJsonObject object { { QStringLiteral("name"), profile.name },
                         { QStringLiteral("ladder"), profile.ladderName },
                         { QStringLiteral("level"), profile.levelTitle },
                         { QStringLiteral("location"), profile.location },
                         { QStringLiteral("businessUnit"), profile.businessUnit } };
    if (profile.levelStart.isValid())
        object.insert(QStringLiteral("levelStart"), JsonReader::dateToJson(profile.levelStart));
    if (profile.experienceYears)
        object.insert(QStringLiteral("experienceYears"), *profile.experienceYears);
    return object;
}

QJsonObject PathJson::scenarioToJson(const Scenario &scenario)
{
    QJsonArray steps;
    for (const PathStep &step : scenario.steps) {
        QJsonArray milestones;
        for (const Milestone &milestone : step.milestones)
            milestones.append(milestoneToJson(milestone));
        steps.append(QJsonObject { { QStringLiteral("ladder"), step.ladderName },
                                   { QStringLiteral("level"), step.levelTitle },
                                   { QStringLiteral("branch"), step.branch },
                                   { QStringLiteral("date"), JsonReader::dateToJson(step.targetDate) },
                                   { QStringLiteral("monthsMin"), step.timeAtLevel.minimumMonths },
                                   { QStringLiteral("monthsLikely"), step.timeAtLevel.likelyMonths },
                                   { QStringLiteral("monthsMax"), step.timeAtLevel.maximumMonths },
                                   { QStringLiteral("milestones"), milestones } });
    }
    return { { QStringLiteral("name"), scenario.name },
             { QStringLiteral("primary"), scenario.primary },
             { QStringLiteral("steps"), steps } };
}

QJsonObject PathJson::promotionToJson(const Promotion &promotion)
{
    return { { QStringLiteral("date"), JsonReader::dateToJson(promotion.date) },
             { QStringLiteral("ladder"), promotion.ladderName },
             { QStringLiteral("level"), promotion.levelTitle },
             { QStringLiteral("note"), promotion.note } };
}

bool PathJson::profileFromJson(const QJsonObject &object, const QString &path, Profile *profile, QString *error)
{
    JsonReader reader(object, path, error);
    profile->name = reader.string(QStringLiteral("name"));
    profile->ladderName = reader.string(QStringLiteral("ladder"));
    profile->levelTitle = reader.string(QStringLiteral("level"));
    profile->levelStart = reader.date(QStringLiteral("levelStart"), false);
    if (const auto years = reader.integer(QStringLiteral("experienceYears"), 0, 60))
        profile->experienceYears = static_cast<int>(*years);
    profile->location = reader.string(QStringLiteral("location"));
    profile->businessUnit = reader.string(QStringLiteral("businessUnit"));
    return reader.finish();
}

bool PathJson::scenarioFromJson(const QJsonObject &object, const QString &path, Scenario *scenario, QString *error)
{
    JsonReader reader(object, path, error);
    scenario->name = reader.string(QStringLiteral("name"), true);
    scenario->primary = reader.boolean(QStringLiteral("primary"));
    reader.forEachObject(QStringLiteral("steps"), [&](const QJsonObject &item, const QString &itemPath) {
        JsonReader stepReader(item, itemPath, error);
        PathStep step;
        step.ladderName = stepReader.string(QStringLiteral("ladder"), true);
        step.levelTitle = stepReader.string(QStringLiteral("level"), true);
        step.branch = stepReader.string(QStringLiteral("branch"));
        step.targetDate = stepReader.date(QStringLiteral("date"), true);
        step.timeAtLevel.minimumMonths
            = static_cast<int>(stepReader.integer(QStringLiteral("monthsMin"), 0, 600, true).value_or(0));
        step.timeAtLevel.likelyMonths
            = static_cast<int>(stepReader.integer(QStringLiteral("monthsLikely"), 0, 600, true).value_or(0));
        step.timeAtLevel.maximumMonths
            = static_cast<int>(stepReader.integer(QStringLiteral("monthsMax"), 0, 600, true).value_or(0));
        stepReader.forEachObject(QStringLiteral("milestones"), [&](const QJsonObject &m, const QString &mPath) {
            JsonReader milestoneReader(m, mPath, error);
            Milestone milestone;
            milestone.title = milestoneReader.string(QStringLiteral("title"), true);
            const auto status = Milestone::statusFromKey(milestoneReader.string(QStringLiteral("status"), true));
            if (milestoneReader.ok() && !status)
                milestoneReader.fail(QStringLiteral("“status” must be planned, in_progress, done or dropped"));
            milestone.status = status.value_or(Milestone::Status::Planned);
            milestone.dueDate = milestoneReader.date(QStringLiteral("dueDate"), false);
            milestone.completedDate = milestoneReader.date(QStringLiteral("completedDate"), false);
            milestone.evidence = milestoneReader.string(QStringLiteral("evidence"));
            if (milestoneReader.finish())
                step.milestones.append(milestone);
        });
        if (stepReader.finish())
            scenario->steps.append(step);
    });
    return reader.finish();
}

bool PathJson::promotionFromJson(const QJsonObject &object, const QString &path, Promotion *promotion, QString *error)
{
    JsonReader reader(object, path, error);
    promotion->date = reader.date(QStringLiteral("date"), true);
    promotion->ladderName = reader.string(QStringLiteral("ladder"), true);
    promotion->levelTitle = reader.string(QStringLiteral("level"), true);
    promotion->note = reader.string(QStringLiteral("note"));
    return reader.finish();
}

QJsonObject PathJson::milestonePlace(const QList<PathStep> &path, qint64 milestoneId)
{
    for (int step = 0; milestoneId != 0 && step < path.size(); ++step) {
        const int index = path.at(step).milestoneIndex(milestoneId);
        if (index >= 0)
            return { { QStringLiteral("step"), step }, { QStringLiteral("index"), index } };
    }
    return {};
}

std::optional<qint64> PathJson::milestoneAt(JsonReader &reader, const QString &key, const QList<PathStep> &path,
                                            QString *error)
{
    const auto milestone = reader.object(key);
    if (!milestone)
        return std::nullopt;
    JsonReader place(*milestone, reader.path() + QLatin1Char('.') + key, error);
    const auto step = place.integer(QStringLiteral("step"), 0, qMax(0, int(path.size()) - 1), true);
    const auto index = place.integer(QStringLiteral("index"), 0, 100'000, true);
    qint64 id = 0;
    if (step && index && *step < path.size() && *index < path.at(int(*step)).milestones.size())
        id = path.at(int(*step)).milestones.at(int(*index)).id;
    else if (place.ok())
        place.fail(QStringLiteral("no milestone of the path is there"));
    place.finish();
    return id;
}

} // namespace careerplanner
