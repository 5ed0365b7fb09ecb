#include "core/path/Milestone.h"

#include <QCoreApplication>

namespace careerplanner {

QString Milestone::statusToKey(Status status)
{
    switch (status) {
    case Status::Planned:
        return QStringLiteral("planned");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Done:
        return QStringLiteral("done");
    case Status::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

std::optional<Milestone::Status> Milestone::statusFromKey(const QString &key)
{
    for (Status status : { Status::Planned, Status::InProgress, Status::Done, Status::Dropped }) {
        if (statusToKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString Milestone::statusToDisplayName(Status status)
{
    switch (status) {
    case Status::Planned:
        return QCoreApplication::translate("Milestone", "Planned");
    case Status::InProgress:
        return QCoreApplication::translate("Milestone", "In progress");
    case Status::Done:
        return QCoreApplication::translate("Milestone", "Done");
    case Status::Dropped:
        return QCoreApplication::translate("Milestone", "Dropped");
    }
    return {};
}

} // namespace careerplanner
