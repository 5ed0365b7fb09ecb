#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/market/MarketCorrections.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace careerplanner {

class MarketTable;

// Which ladder level a market report is about. The title names the job family, which picks
// the ladder whose levels mostly share it ("Senior Product Manager" and "PM II" are both
// Product Management); the level field then picks the level by its code (for the ladder's
// own company only: Google's L5 is not Amazon's), else by its title or other titles.
// Without a level field, a title that is itself a level's title gives both. Failing that,
// the years of experience pick the one level whose range holds them, marked estimated;
// none or several leave the report unmatched. The user's corrections come first.
class MarketMatcher
{
public:
    struct Match
    {
        int ladder = -1; // index in the ladders given; -1 for a title of no ladder's family
        int level = -1; // index in the ladder's levels; -1 unmatched
        bool estimated = false; // through the years of experience
        bool corrected = false; // by the user's own match
        bool matched() const { return level >= 0; }
    };

    MarketMatcher(const QList<CareerLadder> &ladders, const MarketCorrections &corrections);

    const QList<CareerLadder> &ladders() const { return m_ladders; }
    // The company a name stands for, through the aliases, folded.
    QString companyKey(const QString &company) const;
    // The ladder whose family title names, or -1.
    int ladderOfFamily(const QString &title) const;
    // What the ladder's levels are mostly called without their seniority ("Product Manager").
    QString familyTitle(int ladder) const { return m_familyTitles.value(ladder); }

    Match match(const QString &company, const QString &title, const QString &level, std::optional<double> years) const;

    // Every report of table matched, in its order; reports that share a company, title and
    // level are worked out once.
    QList<Match> matchAll(const MarketTable &table) const;

private:
    struct LevelRef
    {
        int ladder;
        int level;
    };
    Match matchWithoutYears(const QString &companyKey, const QString &title, const QString &level) const;
    // A report without a usable level placed through its years of experience, if they can.
    Match withYears(Match match, std::optional<double> years) const;
    int levelByYears(int ladder, double years) const;

    QList<CareerLadder> m_ladders;
    QHash<QString, QString> m_companyOfAlias;
    QHash<QString, int> m_ladderOfFamily; // family key
    QStringList m_familyTitles;
    QHash<QString, LevelRef> m_levelOfTitle; // any ladder's level titles and other titles
    QHash<QString, Match> m_corrections; // title key + '\n' + level key
};

} // namespace careerplanner
