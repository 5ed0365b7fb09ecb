#pragma once

#include "core/skills/Skill.h"
#include "core/stories/Story.h"

#include <QList>
#include <QMap>

namespace careerplanner {

// How many stories show each Leadership Principle. Interview loops and bar raisers probe
// every principle with STAR answers, so fewer than two stories for one is a gap.
class StoryCoverage
{
public:
    static constexpr int Enough = 2;

    struct Row
    {
        QString key;
        QString name;
        int stories = 0;
        bool thin() const { return stories < Enough; }
    };

    // Every Leadership Principle of skills, in catalogue order, with its story count.
    static QList<Row> leadershipPrinciples(const QList<Skill> &skills, const QList<Story> &stories);
};

} // namespace careerplanner
