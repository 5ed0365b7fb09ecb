#pragma once

#include <QMap>
#include <QString>

namespace careerplanner {

// The 1-5 proficiency a level expects in a skill: ladder name -> level title -> skill key.
using SkillMatrix = QMap<QString, QMap<QString, QMap<QString, int>>>;

} // namespace careerplanner
