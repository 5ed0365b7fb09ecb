#pragma once

#include "core/promotion/PromotionCase.h"
#include "core/skills/Skill.h"

#include <QList>
#include <QString>

class QTextDocument;

namespace careerplanner {

// The promotion case on paper: each criterion with its evidence or the gap and what to add,
// the skills against the level, and the evidence not yet placed. A section of the report,
// and the whole of the PDF --promotion-case writes.
class PromotionCaseSection
{
public:
    static QString html(const PromotionCase &promotionCase, const QList<Skill> &skills, const QString &title,
                        bool newPage);
    // A document of the case alone, titled for it.
    static QTextDocument *document(const PromotionCase &promotionCase, const QList<Skill> &skills);
};

} // namespace careerplanner
