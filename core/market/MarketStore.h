#pragma once

#include "core/base/CurrencyConverter.h"
#include "core/base/LazyRead.h"
#include "core/market/MarketCorrections.h"
#include "core/market/MarketDistribution.h"
#include "core/market/MarketImport.h"
#include "core/market/MarketMatcher.h"
#include "core/market/MarketTable.h"
#include "core/undo/FeatureStore.h"

#include <memory>

namespace careerplanner {

class LadderStore;

// The plan's market reports, the imports they came from and the user's corrections to
// their matching. Nothing is read at opening: the reports are read when a page first asks
// (a plan with 60,000 opens as fast as one without), and matched to the ladders' levels
// once per change of reports, ladders or corrections, not at every filter. An import is
// written through the session (PlanSession::applyBatch), as one edit.
class MarketStore : public FeatureStore
{
    Q_OBJECT

public:
    MarketStore(EditRecorder &recorder, const LadderStore &ladders, QObject *parent = nullptr);

    const QList<MarketImport> &imports() const { return m_imports.get(); } // newest first
    const MarketCorrections &corrections() const { return m_corrections.get(); }
    const MarketTable &table() const { return m_table.get(); }
    // Without reading the reports: whether there are any.
    bool hasReports() const;
    const MarketMatcher &matcher() const;
    const QList<MarketMatcher::Match> &matches() const; // one per report of table()
    MarketDistribution distribution(const MarketFilter &filter, const CurrencyConverter &converter) const;

    // The companies of the reports, most reports first, each under the name an alias gives
    // it or else its most common spelling ("Amazon" over "AMAZON").
    struct Company
    {
        QString key; // see MarketMatcher::companyKey
        QString name;
        int reports = 0;
    };
    const QList<Company> &companies() const;
    // How many reports each ladder's job family has, by ladder index.
    QList<int> reportsPerLadder() const;
    // How a company the user typed is shown: as the reports spell it most, if they have it.
    QString companyName(const QString &typed) const;

    void forget(); // the file changed: read again when next asked
    void laddersChanged(); // match again when next asked
    void announceReread();

    bool removeImport(int index, QString *error);
    bool saveAlias(const CompanyAlias &alias, QString *error); // replaces the alias's earlier company
    bool removeAlias(int index, QString *error);
    bool saveMatch(const MarketMatch &match, QString *error); // replaces the one of its title and level
    bool removeMatch(int index, QString *error);

Q_SIGNALS:
    void marketChanged(); // the reports, their imports or the corrections

private:
    bool corrected(QString *error); // the corrections read again after an edit of them

    const LadderStore &m_ladders;
    mutable LazyRead<QList<MarketImport>> m_imports;
    mutable LazyRead<MarketCorrections> m_corrections;
    mutable LazyRead<MarketTable> m_table;
    mutable std::unique_ptr<MarketMatcher> m_matcher;
    mutable QList<MarketMatcher::Match> m_matches;
    mutable bool m_matched = false;
    mutable QList<Company> m_companies;
    mutable bool m_companiesKnown = false;
    mutable int m_hasReports = -1; // -1 not asked yet
};

} // namespace careerplanner
