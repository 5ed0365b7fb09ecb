#include "core/skills/Skill.h"

#include <algorithm>

namespace careerplanner {

bool containsSkill(const QList<Skill> &skills, const QString &key)
{
    return std::any_of(skills.cbegin(), skills.cend(), [&key](const Skill &s) { return s.key == key; });
}

} // namespace careerplanner
