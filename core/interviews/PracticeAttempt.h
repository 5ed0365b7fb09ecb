#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace careerplanner {

// One timed answer to an interview question, rated by the user on a five-part rubric.
struct PracticeAttempt
{
    static constexpr int LowestRating = 1;
    static constexpr int HighestRating = 5;

    qint64 id = 0;
    qint64 questionId = 0;
    QDate practisedOn;
    int secondsTaken = 0;
    int timeLimit = 0; // seconds; 0: no limit
    qint64 storyId = 0; // the story told; 0: none
    int structure = 3; // Situation, Task, Action and Result all there
    int specificity = 3; // what I did, not what we did
    int result = 3; // a measurable result
    int fit = 3; // to the principle asked about
    int length = 3; // neither rushed nor rambling
    QString note;

    double averageRating() const { return (structure + specificity + result + fit + length) / 5.0; }
    bool sameContentAs(const PracticeAttempt &o) const
    {
        return questionId == o.questionId && practisedOn == o.practisedOn && secondsTaken == o.secondsTaken
               && timeLimit == o.timeLimit && storyId == o.storyId && structure == o.structure
               && specificity == o.specificity && result == o.result && fit == o.fit && length == o.length
               && note == o.note;
    }
};

} // namespace careerplanner
