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
        int quotes = 0; // feedback received that speaks to it: evidence too, though not an answer
        bool thin() const { return stories < Enough; }
        int evidence() const { return stories + quotes; }
    };

    // Every Leadership Principle of skills, in catalogue order, with its story count and,
    // given each feedback quote's tags, how many quotes speak to it.
    static QList<Row> leadershipPrinciples(const QList<Skill> &skills, const QList<Story> &stories,
                                           const QList<QStringList> &quoteTags = {});
};

} // namespace careerplanner
