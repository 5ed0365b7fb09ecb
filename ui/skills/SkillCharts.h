#pragma once

#include "core/skills/SkillReadiness.h"
#include "core/skills/Skill.h"
#include "core/skills/Goal.h"

class QChart;

namespace careerplanner {

// The two skill charts: one goal's self-ratings over time against its target, and the
// gaps between what a level expects and where the user stands, largest gap on top.
class SkillCharts
{
public:
    static QChart *progress(const Goal *goal, const QString &skillName);
    static QChart *gaps(const QList<SkillReadiness::Gap> &gaps, const QList<Skill> &skills, const QString &levelTitle);
};

} // namespace careerplanner
