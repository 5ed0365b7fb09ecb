#pragma once

#include "core/skills/CheckIn.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace careerplanner {

// Reach a proficiency in a skill by a date, for the level of a path step if given.
struct Goal
{
    enum class Status { Active, Achieved, Paused, Dropped };

    qint64 id = 0;
    QString skillKey;
    int target = 3;
    QDate dueDate;
    QString forLevel;
    Status status = Status::Active;
    QString notes;
    QList<CheckIn> checkIns; // by date

    // The latest check-in's rating, if any.
    std::optional<int> current() const;

    static QString statusToKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusToDisplayName(Status status);
    bool sameContentAs(const Goal &o) const;
};

} // namespace careerplanner
