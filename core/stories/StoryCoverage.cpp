#include "core/stories/StoryCoverage.h"

namespace careerplanner {

QList<StoryCoverage::Row> StoryCoverage::leadershipPrinciples(const QList<Skill> &skills, const QList<Story> &stories)
{
    QList<Row> rows;
    for (const Skill &skill : skills) {
        if (skill.kind != Skill::Kind::LeadershipPrinciple)
            continue;
        const auto count = std::count_if(stories.cbegin(), stories.cend(),
                                         [&skill](const Story &story) { return story.tags.contains(skill.key); });
        rows.append({ skill.key, skill.name, static_cast<int>(count) });
    }
    return rows;
}

} // namespace careerplanner
