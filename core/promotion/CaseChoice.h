#pragma once

#include "core/promotion/CaseEvidence.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace careerplanner {

// The longest criterion a choice can name, as the plan file allows.
constexpr int MaximumCaseCriterionLength = 2000;

// The user's word on one piece of evidence for one criterion of a step's case: put in at
// a position, or left out. Evidence without a choice is suggested, or not, by its tags and words.
struct CaseChoice
{
    QString criterion;
    CaseEvidence::Kind kind = CaseEvidence::Kind::Story;
    qint64 itemId = 0;
    bool included = true;

    bool operator==(const CaseChoice &o) const
    {
        return criterion == o.criterion && kind == o.kind && itemId == o.itemId && included == o.included;
    }
};

// A step's choices, in the order the included ones go in.
using CaseChoices = QList<CaseChoice>;

} // namespace careerplanner
