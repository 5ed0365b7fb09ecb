#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace careerplanner {

// Who the plan is for and where they stand now. One per plan.
struct Profile
{
    QString name;
    QString ladderName;
    QString levelTitle; // the level held now
    QDate levelStart; // when they started at it; null if not given
    std::optional<int> experienceYears;
    QString location;
    QString businessUnit;

    bool isEmpty() const { return ladderName.isEmpty() && levelTitle.isEmpty() && name.isEmpty(); }
    bool operator==(const Profile &o) const
    {
        return name == o.name && ladderName == o.ladderName && levelTitle == o.levelTitle && levelStart == o.levelStart
               && experienceYears == o.experienceYears && location == o.location && businessUnit == o.businessUnit;
    }
    bool operator!=(const Profile &o) const { return !(*this == o); }
};

} // namespace careerplanner
