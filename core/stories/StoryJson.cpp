#include "core/stories/StoryJson.h"

#include "core/base/JsonReader.h"

#include <QJsonArray>

namespace careerplanner {

QJsonObject StoryJson::toJson(const Story &story)
{
    QJsonObject object { { QStringLiteral("title"), story.title },
                         { QStringLiteral("situation"), story.situation },
                         { QStringLiteral("task"), story.task },
                         { QStringLiteral("action"), story.action },
                         { QStringLiteral("result"), story.result },
                         { QStringLiteral("outcomes"), story.outcomes },
                         { QStringLiteral("tags"), QJsonArray::fromStringList(story.tags) } };
    JsonReader::insertDate(object, QStringLiteral("date"), story.date);
    return object;
}

bool StoryJson::fromJson(const QJsonObject &object, const QString &path, Story *story, QString *error)
{
    JsonReader reader(object, path, error);
    story->title = reader.string(QStringLiteral("title"), true);
    story->date = reader.date(QStringLiteral("date"), false);
    story->situation = reader.string(QStringLiteral("situation"));
    story->task = reader.string(QStringLiteral("task"));
    story->action = reader.string(QStringLiteral("action"));
    story->result = reader.string(QStringLiteral("result"));
    story->outcomes = reader.string(QStringLiteral("outcomes"));
    story->tags = reader.strings(QStringLiteral("tags"));
    return reader.finish();
}

} // namespace careerplanner
