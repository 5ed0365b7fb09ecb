#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace careerplanner {

// Something that makes the case for a promotion: "lead a program across three teams".
struct Milestone
{
    enum class Status { Planned, InProgress, Done, Dropped };

    qint64 id = 0;
    QString title;
    QDate dueDate; // null: no due date
    Status status = Status::Planned;
    QDate completedDate; // only when done
    QString evidence; // what shows it happened

    bool isOverdue(const QDate &today) const
    {
        return dueDate.isValid() && dueDate < today && (status == Status::Planned || status == Status::InProgress);
    }

    static QString statusToKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusToDisplayName(Status status);

    bool sameContentAs(const Milestone &o) const
    {
        return title == o.title && dueDate == o.dueDate && status == o.status && completedDate == o.completedDate
               && evidence == o.evidence;
    }
};

} // namespace careerplanner
