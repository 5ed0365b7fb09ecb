#include "core/ladders/LadderJson.h"

#include "core/base/JsonReader.h"
#include "core/ladders/LevelValidator.h"
#include "core/base/Money.h"

#include <QJsonArray>

namespace careerplanner {

namespace {

const QString kSource = QStringLiteral("source");

QJsonObject sourceToJson(const SourceRef &source)
{
    return { { QStringLiteral("file"), source.file }, { QStringLiteral("section"), source.section } };
}

SourceRef sourceFromJson(JsonReader &parent, QString *error)
{
    const std::optional<QJsonObject> object = parent.object(kSource);
    if (!object)
        return {};
    JsonReader reader(*object, parent.path() + QStringLiteral(".source"), error);
    SourceRef source { reader.string(QStringLiteral("file")), reader.string(QStringLiteral("section")) };
    reader.finish();
    return source;
}

void putYears(QJsonObject &object, const QString &key, const YearRange &range)
{
    if (range.isEmpty())
        return;
    QJsonObject years { { QStringLiteral("min"), *range.minimum }, { QStringLiteral("openEnded"), range.openEnded } };
    if (range.maximum)
        years.insert(QStringLiteral("max"), *range.maximum);
    object.insert(key, years);
}

YearRange yearsFromJson(JsonReader &parent, const QString &key, QString *error)
{
    const std::optional<QJsonObject> object = parent.object(key);
    if (!object)
        return {};
    JsonReader reader(*object, QStringLiteral("%1.%2").arg(parent.path(), key), error);
    YearRange range;
    if (const auto min = reader.integer(QStringLiteral("min"), 0, 100, true))
        range.minimum = static_cast<int>(*min);
    if (const auto max = reader.integer(QStringLiteral("max"), 0, 100))
        range.maximum = static_cast<int>(*max);
    range.openEnded = reader.boolean(QStringLiteral("openEnded"));
    reader.finish();
    return range;
}

QJsonObject bandToJson(const SalaryBand &band)
{
    QJsonObject object { { QStringLiteral("kind"), SalaryBand::kindToKey(band.kind) },
                         { QStringLiteral("minimumMinorUnits"), static_cast<double>(band.minimum) },
                         { QStringLiteral("openEnded"), band.openEnded },
                         { QStringLiteral("currency"), band.currency },
                         { kSource, sourceToJson(band.source) } };
    if (band.maximum)
        object.insert(QStringLiteral("maximumMinorUnits"), static_cast<double>(*band.maximum));
    return object;
}

bool bandFromJson(const QJsonObject &object, const QString &path, SalaryBand *band, QString *error)
{
    JsonReader reader(object, path, error);
    const QString kind = reader.string(QStringLiteral("kind"), true);
    const auto parsedKind = SalaryBand::kindFromKey(kind);
    if (reader.ok() && !parsedKind)
        reader.fail(QStringLiteral("“kind” must be “base” or “total”"));
    band->kind = parsedKind.value_or(SalaryBand::Kind::Base);
    // Accept the full qint64 range here and let the validator give the user's message.
    const qint64 limit = Money::MaximumMinorUnits * 10;
    band->minimum = reader.integer(QStringLiteral("minimumMinorUnits"), -limit, limit, true).value_or(0);
    band->maximum = reader.integer(QStringLiteral("maximumMinorUnits"), -limit, limit);
    band->openEnded = reader.boolean(QStringLiteral("openEnded"));
    band->currency = reader.string(QStringLiteral("currency"), true);
    band->source = sourceFromJson(reader, error);
    return reader.finish();
}

QJsonArray toArray(const QStringList &texts)
{
    return QJsonArray::fromStringList(texts);
}

} // namespace

QJsonObject LadderJson::levelToJson(const CareerLevel &level)
{
    QJsonArray branches;
    for (const LevelBranch &branch : level.branches) {
        branches.append(QJsonObject { { QStringLiteral("title"), branch.title },
                                      { QStringLiteral("path"), branch.path },
                                      { QStringLiteral("summary"), branch.summary },
                                      { QStringLiteral("expectations"), toArray(branch.expectations) },
                                      { QStringLiteral("milestones"), toArray(branch.milestones) } });
    }
    QJsonArray bands;
    for (const SalaryBand &band : level.bands)
        bands.append(bandToJson(band));

    QJsonObject object { { QStringLiteral("title"), level.title },
                         { QStringLiteral("alternativeTitles"), toArray(level.alternativeTitles) },
                         { QStringLiteral("levelCode"), level.levelCode },
                         { QStringLiteral("summary"), level.summary },
                         { QStringLiteral("lessCommon"), level.lessCommon },
                         { QStringLiteral("responsibilities"), toArray(level.responsibilities) },
                         { QStringLiteral("requirements"), toArray(level.requirements) },
                         { QStringLiteral("toAdvance"), toArray(level.toAdvance) },
                         { QStringLiteral("branches"), branches },
                         { QStringLiteral("bands"), bands },
                         { kSource, sourceToJson(level.source) } };
    putYears(object, QStringLiteral("yearsAtLevel"), level.yearsAtLevel);
    putYears(object, QStringLiteral("experienceYears"), level.experienceYears);
    return object;
}

QJsonObject LadderJson::toJson(const CareerLadder &ladder)
{
    QJsonArray stages;
    for (const InterviewStage &stage : ladder.interviewStages) {
        QJsonObject object { { QStringLiteral("name"), stage.name },
                             { QStringLiteral("format"), stage.format },
                             { QStringLiteral("topics"), toArray(stage.topics) } };
        if (stage.durationMinutes)
            object.insert(QStringLiteral("durationMinutes"), *stage.durationMinutes);
        stages.append(object);
    }
    QJsonArray levels;
    for (const CareerLevel &level : ladder.levels)
        levels.append(levelToJson(level));
    return { { QStringLiteral("name"), ladder.name },
             { QStringLiteral("company"), ladder.company },
             { QStringLiteral("description"), ladder.description },
             { QStringLiteral("reference"), ladder.reference },
             { kSource, sourceToJson(ladder.source) },
             { QStringLiteral("notes"), toArray(ladder.notes) },
             { QStringLiteral("promotionCriteria"), toArray(ladder.promotionCriteria) },
             { QStringLiteral("interviewStages"), stages },
             { QStringLiteral("levels"), levels } };
}

bool LadderJson::levelFromJson(const QJsonObject &object, const QString &path, CareerLevel *level, QString *error)
{
    JsonReader reader(object, path, error);
    level->title = reader.string(QStringLiteral("title"), true);
    level->alternativeTitles = reader.strings(QStringLiteral("alternativeTitles"));
    level->levelCode = reader.string(QStringLiteral("levelCode"));
    level->summary = reader.string(QStringLiteral("summary"));
    level->lessCommon = reader.boolean(QStringLiteral("lessCommon"));
    level->responsibilities = reader.strings(QStringLiteral("responsibilities"));
    level->requirements = reader.strings(QStringLiteral("requirements"));
    level->toAdvance = reader.strings(QStringLiteral("toAdvance"));
    level->yearsAtLevel = yearsFromJson(reader, QStringLiteral("yearsAtLevel"), error);
    level->experienceYears = yearsFromJson(reader, QStringLiteral("experienceYears"), error);
    level->source = sourceFromJson(reader, error);

    reader.forEachObject(QStringLiteral("branches"), [&](const QJsonObject &item, const QString &itemPath) {
        JsonReader branchReader(item, itemPath, error);
        LevelBranch branch { branchReader.string(QStringLiteral("title"), true),
                             branchReader.string(QStringLiteral("path"), true),
                             branchReader.string(QStringLiteral("summary")),
                             branchReader.strings(QStringLiteral("expectations")),
                             branchReader.strings(QStringLiteral("milestones")) };
        if (branchReader.finish())
            level->branches.append(branch);
    });
    reader.forEachObject(QStringLiteral("bands"), [&](const QJsonObject &item, const QString &itemPath) {
        SalaryBand band;
        if (bandFromJson(item, itemPath, &band, error))
            level->bands.append(band);
    });
    if (!reader.finish())
        return false;
    const QList<LevelValidator::Issue> issues = LevelValidator::validateLevel(*level);
    if (!issues.isEmpty())
        reader.fail(issues.first().message);
    return reader.ok();
}

bool LadderJson::fromJson(const QJsonObject &object, const QString &path, CareerLadder *ladder, QString *error)
{
    JsonReader reader(object, path, error);
    ladder->name = reader.string(QStringLiteral("name"), true);
    ladder->company = reader.string(QStringLiteral("company"));
    ladder->description = reader.string(QStringLiteral("description"));
    ladder->reference = reader.boolean(QStringLiteral("reference"));
    ladder->source = sourceFromJson(reader, error);
    ladder->notes = reader.strings(QStringLiteral("notes"));
    ladder->promotionCriteria = reader.strings(QStringLiteral("promotionCriteria"));

    reader.forEachObject(QStringLiteral("interviewStages"), [&](const QJsonObject &item, const QString &itemPath) {
        JsonReader stageReader(item, itemPath, error);
        InterviewStage stage;
        stage.name = stageReader.string(QStringLiteral("name"), true);
        if (const auto minutes = stageReader.integer(QStringLiteral("durationMinutes"), 1, 24 * 60))
            stage.durationMinutes = static_cast<int>(*minutes);
        stage.format = stageReader.string(QStringLiteral("format"));
        stage.topics = stageReader.strings(QStringLiteral("topics"));
        if (stageReader.finish())
            ladder->interviewStages.append(stage);
    });
    reader.forEachObject(QStringLiteral("levels"), [&](const QJsonObject &item, const QString &itemPath) {
        CareerLevel level;
        if (levelFromJson(item, itemPath, &level, error))
            ladder->levels.append(level);
    });
    if (!reader.finish())
        return false;
    const QList<LevelValidator::Issue> issues = LevelValidator::validateLadderHeader(*ladder);
    if (!issues.isEmpty())
        reader.fail(issues.first().message);
    return reader.ok();
}

} // namespace careerplanner
