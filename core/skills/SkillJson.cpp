#include "core/skills/SkillJson.h"

#include "core/base/JsonReader.h"

#include <QJsonArray>

namespace careerplanner {

QJsonObject SkillJson::skillToJson(const Skill &skill)
{
    return { { QStringLiteral("key"), skill.key },
             { QStringLiteral("name"), skill.name },
             { QStringLiteral("kind"), Skill::kindToKey(skill.kind) },
             { QStringLiteral("description"), skill.description } };
}

QJsonObject SkillJson::matrixToJson(const SkillMatrix &matrix)
{
    QJsonObject ladders;
    for (auto ladder = matrix.constBegin(); ladder != matrix.constEnd(); ++ladder) {
        QJsonObject levels;
        for (auto level = ladder->constBegin(); level != ladder->constEnd(); ++level) {
            QJsonObject values;
            for (auto value = level->constBegin(); value != level->constEnd(); ++value)
                values.insert(value.key(), value.value());
            levels.insert(level.key(), values);
        }
        ladders.insert(ladder.key(), levels);
    }
    return ladders;
}

QJsonObject SkillJson::goalToJson(const Goal &goal)
{
    QJsonArray checkIns;
    for (const CheckIn &checkIn : goal.checkIns) {
        checkIns.append(QJsonObject { { QStringLiteral("date"), JsonReader::dateToJson(checkIn.date) },
                                      { QStringLiteral("proficiency"), checkIn.proficiency },
                                      { QStringLiteral("note"), checkIn.note } });
    }
    QJsonObject object {
        { QStringLiteral("skill"), goal.skillKey },    { QStringLiteral("target"), goal.target },
        { QStringLiteral("forLevel"), goal.forLevel }, { QStringLiteral("status"), Goal::statusToKey(goal.status) },
        { QStringLiteral("notes"), goal.notes },       { QStringLiteral("checkIns"), checkIns }
    };
    JsonReader::insertDate(object, QStringLiteral("dueDate"), goal.dueDate);
    return object;
}

bool SkillJson::skillFromJson(const QJsonObject &object, const QString &path, Skill *skill, QString *error)
{
    JsonReader reader(object, path, error);
    skill->key = reader.string(QStringLiteral("key"), true);
    skill->name = reader.string(QStringLiteral("name"), true);
    const QString kind = reader.string(QStringLiteral("kind"), true);
    if (reader.ok() && kind != QLatin1String("skill") && kind != QLatin1String("leadership_principle"))
        reader.fail(QStringLiteral("“kind” must be skill or leadership_principle"));
    skill->kind = kind == QLatin1String("leadership_principle") ? Skill::Kind::LeadershipPrinciple : Skill::Kind::Skill;
    skill->description = reader.string(QStringLiteral("description"));
    return reader.finish();
}

bool SkillJson::matrixFromJson(const QJsonObject &object, const QString &path, SkillMatrix *matrix, QString *error)
{
    matrix->clear();
    for (auto ladder = object.constBegin(); ladder != object.constEnd(); ++ladder) {
        const QJsonObject levels = ladder.value().toObject();
        for (auto level = levels.constBegin(); level != levels.constEnd(); ++level) {
            const QJsonObject values = level.value().toObject();
            for (auto value = values.constBegin(); value != values.constEnd(); ++value) {
                const int proficiency = value.value().toInt(0);
                if (proficiency < 1 || proficiency > 5) {
                    *error = QStringLiteral("%1.%2.%3.%4: proficiency is from 1 to 5")
                                 .arg(path, ladder.key(), level.key(), value.key());
                    return false;
                }
                (*matrix)[ladder.key()][level.key()][value.key()] = proficiency;
            }
        }
    }
    return true;
}

bool SkillJson::goalFromJson(const QJsonObject &object, const QString &path, Goal *goal, QString *error)
{
    JsonReader reader(object, path, error);
    goal->skillKey = reader.string(QStringLiteral("skill"), true);
    goal->target = static_cast<int>(reader.integer(QStringLiteral("target"), 1, 5, true).value_or(3));
    goal->dueDate = reader.date(QStringLiteral("dueDate"), false);
    goal->forLevel = reader.string(QStringLiteral("forLevel"));
    const auto status = Goal::statusFromKey(reader.string(QStringLiteral("status"), true));
    if (reader.ok() && !status)
        reader.fail(QStringLiteral("“status” must be active, achieved, paused or dropped"));
    goal->status = status.value_or(Goal::Status::Active);
    goal->notes = reader.string(QStringLiteral("notes"));
    reader.forEachObject(QStringLiteral("checkIns"), [&](const QJsonObject &item, const QString &itemPath) {
        JsonReader checkReader(item, itemPath, error);
        CheckIn checkIn;
        checkIn.date = checkReader.date(QStringLiteral("date"), true);
        checkIn.proficiency
            = static_cast<int>(checkReader.integer(QStringLiteral("proficiency"), 1, 5, true).value_or(1));
        checkIn.note = checkReader.string(QStringLiteral("note"));
        if (checkReader.finish())
            goal->checkIns.append(checkIn);
    });
    return reader.finish();
}

} // namespace careerplanner
