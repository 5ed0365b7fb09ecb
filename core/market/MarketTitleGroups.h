#pragma once

#include "core/market/MarketMatcher.h"

#include <QList>
#include <QString>

namespace careerplanner {

class MarketTable;

// The reports gathered by title and level field, as the user corrects their matching: one
// group per pair that folds alike ("Sr. PM" / "l6" and "sr. pm" / "L6" are one), since a
// correction is kept for such a pair. Groups with reports left unmatched come first, then
// the larger ones, so that what needs the user's eye is at the top.
struct MarketTitleGroup
{
    QString title; // as the first report of the group spells it
    QString level; // empty for reports without a level field
    QString titleKey; // MarketKeys::fold, as MarketMatch keeps it
    QString levelKey;
    int reports = 0;
    int ladder = -1; // the family's ladder, -1 for none
    int matchedLevel = -1; // the level most of its matched reports went to, -1 if none
    int toThatLevel = 0; // how many went there
    int estimated = 0; // placed through their years of experience (any level)
    int unmatched = 0;
    bool corrected = false; // the user's own match applies
};

class MarketTitleGroups
{
public:
    static QList<MarketTitleGroup> of(const MarketTable &table, const QList<MarketMatcher::Match> &matches);
};

} // namespace careerplanner
