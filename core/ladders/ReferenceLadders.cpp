#include "core/ladders/ReferenceLadders.h"

#include "core/base/JsonReader.h"
#include "core/ladders/LadderJson.h"

#include <QFile>
#include <QJsonDocument>

namespace careerplanner {

bool ReferenceLadders::load(QList<CareerLadder> *ladders, QString *error)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the reference ladders are missing from this build");
        return false;
    }
    return loadFrom(file.readAll(), ladders, error);
}

bool ReferenceLadders::loadFrom(const QByteArray &json, QList<CareerLadder> *ladders, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("reference ladders: %1").arg(parseError.errorString());
        return false;
    }
    JsonReader reader(document.object(), QStringLiteral("reference"), error);
    reader.integer(QStringLiteral("formatVersion"), 1, 1, true);
    reader.string(QStringLiteral("comment"));
    ladders->clear();
    reader.forEachObject(QStringLiteral("ladders"), [&](const QJsonObject &item, const QString &itemPath) {
        CareerLadder ladder;
        if (LadderJson::fromJson(item, itemPath, &ladder, error))
            ladders->append(ladder);
    });
    return reader.finish();
}

} // namespace careerplanner
