#include "core/market/MarketMatcher.h"

#include "core/market/MarketKeys.h"
#include "core/market/MarketTable.h"

#include <QMap>

namespace careerplanner {

namespace {

QString correctionKey(const QString &title, const QString &level)
{
    return MarketKeys::fold(title) + QLatin1Char('\n') + MarketKeys::fold(level);
}

QString capitalized(const QString &words)
{
    QString text = words;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i == 0 || text.at(i - 1) == QLatin1Char(' '))
            text[i] = text.at(i).toUpper();
    }
    return text;
}

bool holds(const YearRange &range, double years)
{
    if (range.isEmpty() || years < *range.minimum)
        return false;
    if (range.openEnded)
        return true;
    return years < (range.maximum ? *range.maximum + 1 : *range.minimum + 1);
}

// A report's company, title and level, as the ids of their texts.
struct TextKey
{
    int company;
    int title;
    int level;
    bool operator==(const TextKey &o) const { return company == o.company && title == o.title && level == o.level; }
};

size_t qHash(const TextKey &key, size_t seed)
{
    return qHashMulti(seed, key.company, key.title, key.level);
}

} // namespace

MarketMatcher::MarketMatcher(const QList<CareerLadder> &ladders, const MarketCorrections &corrections)
    : m_ladders(ladders)
{
    for (const CompanyAlias &alias : corrections.aliases)
        m_companyOfAlias.insert(MarketKeys::fold(alias.alias), MarketKeys::fold(alias.company));
    for (int i = 0; i < m_ladders.size(); ++i) {
        // The family most of the ladder's level titles share, the first of equals.
        QMap<QString, int> counts;
        QString family;
        for (const CareerLevel &level : m_ladders.at(i).levels) {
            const QString key = MarketKeys::family(level.title);
            if (key.isEmpty())
                continue;
            const int count = ++counts[key];
            if (family.isEmpty() || count > counts.value(family))
                family = key;
        }
        m_familyTitles.append(capitalized(family));
        if (!family.isEmpty() && !m_ladderOfFamily.contains(family))
            m_ladderOfFamily.insert(family, i);
    }
    // Then the families of every level's titles, so that "Director of Program Management"
    // and "APM" find their ladder too, unless a ladder's own family already took them.
    for (int i = 0; i < m_ladders.size(); ++i) {
        const QList<CareerLevel> &levels = m_ladders.at(i).levels;
        for (int j = 0; j < levels.size(); ++j) {
            QStringList titles = levels.at(j).alternativeTitles;
            titles.prepend(levels.at(j).title);
            for (const QString &title : titles) {
                const QString family = MarketKeys::family(title);
                if (!family.isEmpty() && !m_ladderOfFamily.contains(family))
                    m_ladderOfFamily.insert(family, i);
                const QString key = MarketKeys::title(title);
                if (!m_levelOfTitle.contains(key))
                    m_levelOfTitle.insert(key, { i, j });
            }
        }
    }
    for (const MarketMatch &correction : corrections.matches) {
        Match match;
        match.corrected = true;
        for (int i = 0; i < m_ladders.size() && !correction.leavesUnmatched(); ++i) {
            if (m_ladders.at(i).name != correction.ladderName)
                continue;
            const QList<CareerLevel> &levels = m_ladders.at(i).levels;
            for (int j = 0; j < levels.size(); ++j) {
                if (levels.at(j).title == correction.levelTitle)
                    match = { i, j, false, true };
            }
        }
        // A match to a level since renamed or removed is left to the rules.
        if (correction.leavesUnmatched() || match.matched())
            m_corrections.insert(correction.titleKey + QLatin1Char('\n') + correction.levelKey, match);
    }
}

QString MarketMatcher::companyKey(const QString &company) const
{
    const QString key = MarketKeys::fold(company);
    return m_companyOfAlias.value(key, key);
}

int MarketMatcher::ladderOfFamily(const QString &title) const
{
    const int ladder = m_ladderOfFamily.value(MarketKeys::family(title), -1);
    if (ladder >= 0)
        return ladder;
    for (int i = 0; i < m_ladders.size(); ++i) {
        if (MarketKeys::fold(m_ladders.at(i).name) == MarketKeys::fold(title))
            return i;
    }
    return -1;
}

MarketMatcher::Match MarketMatcher::match(const QString &company, const QString &title, const QString &level,
                                          std::optional<double> years) const
{
    return withYears(matchWithoutYears(companyKey(company), title, level), years);
}

MarketMatcher::Match MarketMatcher::matchWithoutYears(const QString &companyKey, const QString &title,
                                                      const QString &level) const
{
    const auto corrected = m_corrections.constFind(correctionKey(title, level));
    if (corrected != m_corrections.cend())
        return *corrected;
    const auto titleLevel = m_levelOfTitle.constFind(MarketKeys::title(title));
    if (level.trimmed().isEmpty() && titleLevel != m_levelOfTitle.cend())
        return { titleLevel->ladder, titleLevel->level, false, false };
    int ladder = m_ladderOfFamily.value(MarketKeys::family(title), -1);
    if (ladder < 0 && titleLevel != m_levelOfTitle.cend())
        ladder = titleLevel->ladder;
    if (ladder < 0 || level.trimmed().isEmpty())
        return { ladder, -1, false, false };
    const CareerLadder &career = m_ladders.at(ladder);
    const bool ownCompany = career.company.isEmpty() || this->companyKey(career.company) == companyKey;
    const QString folded = MarketKeys::fold(level);
    const QString levelKey = MarketKeys::title(level);
    for (int j = 0; j < career.levels.size(); ++j) {
        const CareerLevel &candidate = career.levels.at(j);
        if (ownCompany && !candidate.levelCode.isEmpty() && MarketKeys::fold(candidate.levelCode) == folded)
            return { ladder, j, false, false };
    }
    for (int j = 0; j < career.levels.size(); ++j) {
        const CareerLevel &candidate = career.levels.at(j);
        if (MarketKeys::title(candidate.title) == levelKey)
            return { ladder, j, false, false };
        for (const QString &other : candidate.alternativeTitles) {
            if (MarketKeys::title(other) == levelKey)
                return { ladder, j, false, false };
        }
    }
    return { ladder, -1, false, false };
}

MarketMatcher::Match MarketMatcher::withYears(Match match, std::optional<double> years) const
{
    if (!match.matched() && !match.corrected && match.ladder >= 0 && years) {
        match.level = levelByYears(match.ladder, *years);
        match.estimated = match.matched();
    }
    return match;
}

int MarketMatcher::levelByYears(int ladder, double years) const
{
    int found = -1;
    const QList<CareerLevel> &levels = m_ladders.at(ladder).levels;
    for (int j = 0; j < levels.size(); ++j) {
        if (!holds(levels.at(j).experienceYears, years))
            continue;
        if (found >= 0)
            return -1; // two levels could be meant: better unmatched than wrong
        found = j;
    }
    return found;
}

QList<MarketMatcher::Match> MarketMatcher::matchAll(const MarketTable &table) const
{
    QList<Match> matches;
    matches.reserve(table.size());
    QHash<int, QString> companyKeys; // by the company's text
    QHash<TextKey, Match> byTexts;
    for (int r = 0; r < table.size(); ++r) {
        const TextKey key { table.company(r), table.title(r), table.level(r) };
        auto known = byTexts.constFind(key);
        if (known == byTexts.cend()) {
            auto company = companyKeys.constFind(key.company);
            if (company == companyKeys.cend())
                company = companyKeys.insert(key.company, companyKey(table.text(key.company)));
            known = byTexts.insert(key, matchWithoutYears(*company, table.text(key.title), table.text(key.level)));
        }
        matches.append(withYears(*known, table.years(r)));
    }
    return matches;
}

} // namespace careerplanner
