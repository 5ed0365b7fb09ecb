#pragma once

#include "core/skills/Goal.h"
#include "core/skills/Skill.h"
#include "core/skills/SkillMatrix.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace careerplanner {

// The JSON form of skills, the level matrix, and goals with their check-ins.
class SkillJson
{
public:
    static QJsonObject skillToJson(const Skill &skill);
    static QJsonObject matrixToJson(const SkillMatrix &matrix);
    static QJsonObject goalToJson(const Goal &goal);

    static bool skillFromJson(const QJsonObject &object, const QString &path, Skill *skill, QString *error);
    static bool matrixFromJson(const QJsonObject &object, const QString &path, SkillMatrix *matrix, QString *error);
    static bool goalFromJson(const QJsonObject &object, const QString &path, Goal *goal, QString *error);
};

} // namespace careerplanner
