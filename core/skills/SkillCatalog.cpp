#include "core/skills/SkillCatalog.h"

#include "core/base/JsonReader.h"

#include <QFile>
#include <QJsonDocument>

namespace careerplanner {

bool SkillCatalog::load(QList<Skill> *skills, SkillMatrix *matrix, QString *error)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the skill catalogue is missing from this build");
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    JsonReader reader(document.object(), QStringLiteral("skills"), error);
    reader.integer(QStringLiteral("formatVersion"), 1, 1, true);
    reader.string(QStringLiteral("comment"));
    skills->clear();
    for (const QString &list : { QStringLiteral("skills"), QStringLiteral("leadershipPrinciples") }) {
        reader.forEachObject(list, [&](const QJsonObject &item, const QString &path) {
            JsonReader skillReader(item, path, error);
            Skill skill;
            skill.key = skillReader.string(QStringLiteral("key"), true);
            skill.name = skillReader.string(QStringLiteral("name"), true);
            skill.description = skillReader.string(QStringLiteral("description"));
            skill.kind = skillReader.string(QStringLiteral("kind")) == QLatin1String("leadership_principle")
                             ? Skill::Kind::LeadershipPrinciple
                             : Skill::Kind::Skill;
            skillReader.object(QStringLiteral("source")); // documentation for readers of the file
            if (skillReader.finish())
                skills->append(skill);
        });
    }
    matrix->clear();
    if (const auto expectations = reader.object(QStringLiteral("expectations"))) {
        for (auto ladder = expectations->constBegin(); ladder != expectations->constEnd(); ++ladder) {
            const QJsonObject levels = ladder.value().toObject();
            for (auto level = levels.constBegin(); level != levels.constEnd(); ++level) {
                const QJsonObject values = level.value().toObject();
                for (auto value = values.constBegin(); value != values.constEnd(); ++value)
                    (*matrix)[ladder.key()][level.key()][value.key()] = value.value().toInt();
            }
        }
    }
    return reader.finish();
}

} // namespace careerplanner
