#pragma once

#include "core/skills/Skill.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace careerplanner {

// How a criterion's evidence is suggested, in words the case shows: a piece is suggested
// when it is tagged with a skill or principle the criterion's words name, or when it shares
// enough of the criterion's own words (compared by a crude stem, "delivering" as "deliver").
class CaseMatcher
{
public:
    // The words of text that carry meaning, lower-cased and stemmed, without the common ones.
    static QSet<QString> words(const QString &text);
    // The skills and principles whose names the criterion's words name, in catalogue order.
    static QStringList skillsNamed(const QString &criterion, const QList<Skill> &skills);
    // Why evidence with text and tags meets the criterion ("tagged Ownership"), or empty.
    // minimumShared: how many of the criterion's words it must share without a tag.
    static QString why(const QString &criterion, const QStringList &criterionSkills, const QString &text,
                       const QStringList &tags, const QList<Skill> &skills, int minimumShared);
};

} // namespace careerplanner
