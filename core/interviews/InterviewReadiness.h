#pragma once

#include "core/interviews/PracticeSchedule.h"
#include "core/interviews/Question.h"
#include "core/skills/Skill.h"
#include "core/stories/Story.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace careerplanner {

// How ready the user is for a loop, principle by principle: the stories that cover it,
// its questions practised, the latest rating of an answer about it and what is due again.
class InterviewReadiness
{
public:
    struct Row
    {
        QString key;
        QString name;
        int stories = 0;
        int questions = 0; // in the bank
        int practised = 0; // questions answered at least once
        int due = 0; // questions due again by today
        double latestRating = 0; // of the latest answer to one of its questions; 0: none yet
        QDate latestPractised;
    };

    // Every Leadership Principle of skills, in catalogue order.
    static QList<Row> byPrinciple(const QList<Skill> &skills, const QList<Story> &stories,
                                  const QList<Question> &questions,
                                  const QHash<qint64, PracticeSchedule::State> &schedule, const QDate &today);
};

} // namespace careerplanner
