#pragma once

#include "core/skills/Skill.h"
#include "core/stories/Story.h"

#include <QList>
#include <QString>

namespace careerplanner {

// STAR stories as RFC 4180 CSV (UTF-8, CRLF), their tags by name, for spreadsheets.
class StoryCsv
{
public:
    static QString stories(const QList<Story> &stories, const QList<Skill> &skills);
};

} // namespace careerplanner
