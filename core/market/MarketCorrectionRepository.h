#pragma once

#include "core/market/MarketCorrections.h"

#include <QString>

namespace careerplanner {

class PlanDatabase;

// Reads and writes the user's corrections to the matching of market reports: companies'
// aliases, and their own match for a title and level. One statement per write.
class MarketCorrectionRepository
{
public:
    explicit MarketCorrectionRepository(PlanDatabase &plan);

    // A plan of schema version 7 or older, read without migrating it, has none.
    bool load(MarketCorrections *corrections, QString *error) const;
    // An alias names one company; giving it again replaces what it named.
    bool saveAlias(CompanyAlias &alias, QString *error);
    bool removeAlias(qint64 aliasId, QString *error);
    // One match per title and level key; saving it again replaces the earlier one.
    bool saveMatch(MarketMatch &match, QString *error);
    bool removeMatch(qint64 matchId, QString *error);

private:
    PlanDatabase &m_plan;
};

} // namespace careerplanner
