#include "PlanJson.h"

#include "JsonReader.h"
#include "LadderJson.h"
#include "LadderRepository.h"
#include "PlanFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace careerplanner {

namespace {
const QString kFormatName = QStringLiteral("careerplanner-plan");
}

QByteArray PlanJson::toJson(const PlanContent &content)
{
    QJsonArray ladders;
    for (const CareerLadder &ladder : content.ladders)
        ladders.append(LadderJson::toJson(ladder));
    const QJsonObject root{{QStringLiteral("format"), kFormatName},
                           {QStringLiteral("formatVersion"), FormatVersion},
                           {QStringLiteral("name"), content.name},
                           {QStringLiteral("ladders"), ladders}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool PlanJson::exportPlan(PlanDatabase &plan, QByteArray *json, QString *error)
{
    LadderRepository repository(plan);
    PlanContent content;
    content.name = repository.planInfo(QStringLiteral("name"));
    if (!repository.loadAll(&content.ladders, error))
        return false;
    *json = toJson(content);
    return true;
}

bool PlanJson::parse(const QByteArray &json, PlanContent *content, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON (at byte %1: %2)").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("not a Career Planner export (the top level is not an object)");
        return false;
    }
    JsonReader reader(document.object(), QString(), error);
    if (reader.string(QStringLiteral("format"), true) != kFormatName) {
        reader.fail(QStringLiteral("not a Career Planner export (“format” is not “%1”)").arg(kFormatName));
        return false;
    }
    const auto version = reader.integer(QStringLiteral("formatVersion"), 1, 1'000'000, true);
    if (version && *version > FormatVersion) {
        reader.fail(QStringLiteral("made by a newer Career Planner (format %1; this version reads up to %2)")
                        .arg(*version)
                        .arg(FormatVersion));
        return false;
    }
    content->name = reader.string(QStringLiteral("name"));
    QSet<QString> names;
    content->ladders.clear();
    reader.forEachObject(QStringLiteral("ladders"), [&](const QJsonObject &item, const QString &itemPath) {
        CareerLadder ladder;
        if (!LadderJson::fromJson(item, itemPath, &ladder, error))
            return;
        if (names.contains(ladder.name)) {
            reader.fail(QStringLiteral("%1: a second ladder is called “%2”").arg(itemPath, ladder.name));
            return;
        }
        names.insert(ladder.name);
        content->ladders.append(ladder);
    });
    return reader.finish();
}

std::unique_ptr<PlanDatabase> PlanJson::importPlan(const QByteArray &json, const QString &path, QString *error)
{
    PlanContent content;
    if (!parse(json, &content, error))
        return nullptr;
    return PlanFactory::create(path, content, error);
}

} // namespace careerplanner
