#include "core/skills/Goal.h"

#include <QCoreApplication>

namespace careerplanner {

std::optional<int> Goal::current() const
{
    if (checkIns.isEmpty())
        return std::nullopt;
    return checkIns.constLast().proficiency;
}

QString Goal::statusToKey(Status status)
{
    switch (status) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::Achieved:
        return QStringLiteral("achieved");
    case Status::Paused:
        return QStringLiteral("paused");
    case Status::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

std::optional<Goal::Status> Goal::statusFromKey(const QString &key)
{
    for (Status status : { Status::Active, Status::Achieved, Status::Paused, Status::Dropped }) {
        if (statusToKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString Goal::statusToDisplayName(Status status)
{
    switch (status) {
    case Status::Active:
        return QCoreApplication::translate("Goal", "Active");
    case Status::Achieved:
        return QCoreApplication::translate("Goal", "Achieved");
    case Status::Paused:
        return QCoreApplication::translate("Goal", "Paused");
    case Status::Dropped:
        return QCoreApplication::translate("Goal", "Dropped");
    }
    return {};
}

bool Goal::sameContentAs(const Goal &o) const
{
    return skillKey == o.skillKey && target == o.target && dueDate == o.dueDate && forLevel == o.forLevel
           && status == o.status && notes == o.notes && checkIns == o.checkIns;
}

} // namespace careerplanner
