#pragma once

#include "core/skills/Skills.h"

#include <QString>

namespace careerplanner {

// Goals, check-ins and stories as RFC 4180 CSV (UTF-8, CRLF), for spreadsheets.
class SkillCsv
{
public:
    static QString goals(const QList<Goal> &goals, const QList<Skill> &skills);
    static QString checkIns(const QList<Goal> &goals, const QList<Skill> &skills);
    static QString stories(const QList<Story> &stories, const QList<Skill> &skills);
    static QString skillName(const QList<Skill> &skills, const QString &key);
};

} // namespace careerplanner
