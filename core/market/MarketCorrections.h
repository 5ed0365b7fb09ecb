#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace careerplanner {

// Another name a company goes by in the reports ("AWS" for "Amazon").
struct CompanyAlias
{
    qint64 id = 0;
    QString alias;
    QString company;
};

// The user's own match for the reports of one title and level field, folded (see
// MarketKeys::fold): a ladder's level by name, or none (both empty) to leave them unmatched.
struct MarketMatch
{
    qint64 id = 0;
    QString titleKey;
    QString levelKey; // empty for the reports without a level
    QString ladderName;
    QString levelTitle;
    bool leavesUnmatched() const { return levelTitle.isEmpty(); }
};

// What the user has told the matching, as the plan keeps it.
struct MarketCorrections
{
    QList<CompanyAlias> aliases;
    QList<MarketMatch> matches;
};

} // namespace careerplanner
