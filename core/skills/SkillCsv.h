#pragma once

#include "core/skills/Goal.h"
#include "core/skills/Skill.h"

#include <QList>

#include <QString>

namespace careerplanner {

// Goals and check-ins as RFC 4180 CSV (UTF-8, CRLF), for spreadsheets.
class SkillCsv
{
public:
    static QString goals(const QList<Goal> &goals, const QList<Skill> &skills);
    static QString checkIns(const QList<Goal> &goals, const QList<Skill> &skills);
    static QString skillName(const QList<Skill> &skills, const QString &key);
};

} // namespace careerplanner
