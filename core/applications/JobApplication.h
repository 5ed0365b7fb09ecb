#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace careerplanner {

// An application for a role at a company, from the first look at it to the answer.
struct JobApplication
{
    // In the order an application goes through them; the last three end it.
    enum class Status {
        Prospective,
        Applied,
        RecruiterScreen,
        PhoneScreen,
        WritingAssessment,
        Loop,
        Offer,
        Accepted,
        Rejected,
        Withdrawn,
    };

    static constexpr int MaximumNameLength = 200;
    static constexpr int MaximumNoteLength = 20000;

    qint64 id = 0;
    QString company;
    QString role;
    QString ladder; // the ladder aimed at, by name; empty: none chosen
    QString level; // the level aimed at, by title
    QString foundVia; // where it was found
    QString contact; // a referral or the recruiter
    QDate appliedOn; // invalid: not yet applied
    Status status = Status::Prospective;
    QDate statusSince; // the day it reached its status
    QString notes;
    QString thankYou; // the thank-you note, as the user edited it

    bool isOpen() const { return status < Status::Accepted; }
    QString displayName() const; // "Company: Role"

    static QList<Status> statuses();
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusName(Status status); // for the user
    // Why the application cannot be kept (empty when it can).
    static QString validate(const JobApplication &application, const QDate &today);

    bool sameContentAs(const JobApplication &o) const
    {
        return company == o.company && role == o.role && ladder == o.ladder && level == o.level
               && foundVia == o.foundVia && contact == o.contact && appliedOn == o.appliedOn && status == o.status
               && statusSince == o.statusSince && notes == o.notes && thankYou == o.thankYou;
    }
};

} // namespace careerplanner
