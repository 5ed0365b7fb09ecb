#pragma once

#include "core/stories/Story.h"

#include <QJsonObject>
#include <QString>

namespace careerplanner {

// The JSON form of a STAR story; its tags are skill and Leadership Principle keys.
class StoryJson
{
public:
    static QJsonObject toJson(const Story &story);
    static bool fromJson(const QJsonObject &object, const QString &path, Story *story, QString *error);
};

} // namespace careerplanner
