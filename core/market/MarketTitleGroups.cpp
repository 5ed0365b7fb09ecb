#include "core/market/MarketTitleGroups.h"

#include "core/market/MarketKeys.h"
#include "core/market/MarketTable.h"

#include <QHash>

#include <algorithm>

namespace careerplanner {

QList<MarketTitleGroup> MarketTitleGroups::of(const MarketTable &table, const QList<MarketMatcher::Match> &matches)
{
    QList<MarketTitleGroup> groups;
    QHash<QString, int> groupOfKey; // folded title + '\n' + folded level
    QHash<QPair<int, int>, int> groupOfTexts; // by the texts' ids, so each pair is folded once
    QList<QHash<int, int>> levelCounts; // per group: level index to reports
    for (int r = 0; r < table.size() && r < matches.size(); ++r) {
        const QPair<int, int> texts { table.title(r), table.level(r) };
        auto known = groupOfTexts.constFind(texts);
        if (known == groupOfTexts.cend()) {
            MarketTitleGroup group;
            group.title = table.text(texts.first);
            group.level = table.text(texts.second);
            group.titleKey = MarketKeys::fold(group.title);
            group.levelKey = MarketKeys::fold(group.level);
            const QString key = group.titleKey + QLatin1Char('\n') + group.levelKey;
            auto index = groupOfKey.constFind(key);
            if (index == groupOfKey.cend()) {
                index = groupOfKey.insert(key, int(groups.size()));
                groups.append(group);
                levelCounts.append(QHash<int, int>());
            }
            known = groupOfTexts.insert(texts, *index);
        }
        MarketTitleGroup &group = groups[*known];
        const MarketMatcher::Match &match = matches.at(r);
        ++group.reports;
        group.ladder = match.ladder;
        group.corrected = group.corrected || match.corrected;
        if (!match.matched()) {
            ++group.unmatched;
            continue;
        }
        if (match.estimated)
            ++group.estimated;
        const int count = ++levelCounts[*known][match.level];
        if (count > group.toThatLevel) {
            group.toThatLevel = count;
            group.matchedLevel = match.level;
        }
    }
    std::stable_sort(groups.begin(), groups.end(), [](const MarketTitleGroup &a, const MarketTitleGroup &b) {
        if ((a.unmatched > 0) != (b.unmatched > 0))
            return a.unmatched > 0;
        return a.reports > b.reports;
    });
    return groups;
}

} // namespace careerplanner
