#pragma once

#include "core/skills/Skill.h"
#include "core/skills/SkillMatrix.h"

#include <QList>
#include <QString>

namespace careerplanner {

// The skills and Leadership Principles of data/skills.json with the default expected
// proficiency per level, shipped in the binary.
class SkillCatalog
{
public:
    static QString resourcePath() { return QStringLiteral(":/careerplanner/data/skills.json"); }
    static bool load(QList<Skill> *skills, SkillMatrix *matrix, QString *error);
};

} // namespace careerplanner
