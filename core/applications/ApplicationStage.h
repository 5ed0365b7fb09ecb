#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QtGlobal>

namespace careerplanner {

// A step of an application's hiring process: when it is (or was), with whom, what it
// probes, the bank's questions asked in it and how it went.
struct ApplicationStage
{
    static constexpr int LowestRating = 1;
    static constexpr int HighestRating = 5;
    static constexpr int MaximumMinutes = 1440;

    qint64 id = 0;
    qint64 applicationId = 0;
    QString name;
    QString kind = QStringLiteral("other"); // one of kinds()
    QDate date; // invalid: not booked yet
    QTime time; // invalid: the day only (a written exercise due, a decision expected)
    QString timeZone; // IANA name of the time's zone; empty: the computer's own
    int durationMinutes = 60;
    QString format;
    QString interviewer;
    QString interviewerRole;
    QStringList principles; // Leadership Principle (and skill) keys
    QList<qint64> questionIds; // the bank's questions asked
    int rating = 0; // 1-5 self-rating of how it went; 0: not rated
    QString notes;

    // The stage kinds, in the order of a hiring process: the question bank's stages, then
    // the decision and anything else.
    static QStringList kinds();
    static QString kindName(const QString &kind); // for the user
    // The kind a stage described by a guide's name and format is.
    static QString kindFor(const QString &name, const QString &format);
    // Why the stage cannot be kept (empty when it can).
    static QString validate(const ApplicationStage &stage);

    bool isBooked() const { return date.isValid(); }
    bool hasTime() const { return date.isValid() && time.isValid(); }
    // An interview with a person (not the written exercise, the decision or anything else).
    bool isInterview() const;
    // When it starts and ends, as instants; invalid without a time.
    QDateTime start() const;
    QDateTime end() const;

    bool sameContentAs(const ApplicationStage &o) const
    {
        return name == o.name && kind == o.kind && date == o.date && time == o.time && timeZone == o.timeZone
               && durationMinutes == o.durationMinutes && format == o.format && interviewer == o.interviewer
               && interviewerRole == o.interviewerRole && principles == o.principles && questionIds == o.questionIds
               && rating == o.rating && notes == o.notes;
    }
};

} // namespace careerplanner
