#pragma once

#include "core/skills/Skills.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace careerplanner {

// The JSON form of skills, the level matrix, goals with check-ins and stories.
class SkillJson
{
public:
    static QJsonObject skillToJson(const Skill &skill);
    static QJsonObject matrixToJson(const SkillMatrix &matrix);
    static QJsonObject goalToJson(const Goal &goal);
    static QJsonObject storyToJson(const Story &story);

    static bool skillFromJson(const QJsonObject &object, const QString &path, Skill *skill, QString *error);
    static bool matrixFromJson(const QJsonObject &object, const QString &path, SkillMatrix *matrix, QString *error);
    static bool goalFromJson(const QJsonObject &object, const QString &path, Goal *goal, QString *error);
    static bool storyFromJson(const QJsonObject &object, const QString &path, Story *story, QString *error);
};

} // namespace careerplanner
