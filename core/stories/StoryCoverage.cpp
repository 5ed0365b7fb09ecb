#include "core/stories/StoryCoverage.h"

namespace careerplanner {

QList<StoryCoverage::Row> StoryCoverage::leadershipPrinciples(const QList<Skill> &skills, const QList<Story> &stories,
                                                              const QList<QStringList> &quoteTags)
{
    QList<Row> rows;
    for (const Skill &skill : skills) {
        if (skill.kind != Skill::Kind::LeadershipPrinciple)
            continue;
        const auto count = std::count_if(stories.cbegin(), stories.cend(),
                                         [&skill](const Story &story) { return story.tags.contains(skill.key); });
        const auto quotes = std::count_if(quoteTags.cbegin(), quoteTags.cend(),
                                          [&skill](const QStringList &tags) { return tags.contains(skill.key); });
        rows.append({ skill.key, skill.name, static_cast<int>(count), static_cast<int>(quotes) });
    }
    return rows;
}

} // namespace careerplanner
