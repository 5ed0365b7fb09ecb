#pragma once

#include "core/promotion/CaseChoice.h"

#include <QHash>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// The user's choices for promotion cases in the plan file, by path step.
class CaseChoiceRepository
{
public:
    explicit CaseChoiceRepository(PlanDatabase &plan);

    bool load(QHash<qint64, CaseChoices> *choices, QString *error) const; // by step id
    // Replaces what the step's case says about criterion with choices (all of that criterion).
    bool replace(qint64 stepId, const QString &criterion, const CaseChoices &choices, QString *error);

private:
    PlanDatabase &m_plan;
};

} // namespace careerplanner
