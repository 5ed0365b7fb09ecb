#pragma once

#include "core/ladders/CareerLevel.h"
#include "core/base/SourceRef.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace careerplanner {

// A stage of the hiring process for a ladder's roles, as a source describes it.
struct InterviewStage
{
    QString name;
    std::optional<int> durationMinutes; // per interview
    QString format;
    QStringList topics;

    bool operator==(const InterviewStage &o) const
    {
        return name == o.name && durationMinutes == o.durationMinutes && format == o.format && topics == o.topics;
    }
};

// A career ladder: the reference ones from the guides, or one the user adds for another company.
struct CareerLadder
{
    qint64 id = 0; // row id in the plan file; 0 until stored
    QString name;
    QString company;
    QString description;
    bool reference = false;
    SourceRef source;
    QStringList notes;
    QStringList promotionCriteria;
    QList<InterviewStage> interviewStages;
    QList<CareerLevel> levels; // in ladder order, lowest first
};

} // namespace careerplanner
