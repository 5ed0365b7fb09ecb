#pragma once

#include "core/promotion/PromotionCase.h"
#include "core/skills/Skill.h"

#include <QList>
#include <QString>

namespace careerplanner {

// The promotion case as Markdown (CommonMark), to paste into a company's own document:
// the criteria with their evidence or the gap, the skills against the level, and what is
// not yet placed. The user's words are escaped, so none of them turns into markup.
class PromotionCaseMarkdown
{
public:
    static QString write(const PromotionCase &promotionCase, const QList<Skill> &skills);
    // text on one line with every character Markdown reads as markup inside a line escaped
    // (each piece of the user's text is written after the case's own words, never first).
    static QString escaped(const QString &text);
};

} // namespace careerplanner
