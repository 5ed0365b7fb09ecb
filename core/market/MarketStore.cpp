#include "core/market/MarketStore.h"

#include "core/ladders/LadderStore.h"
#include "core/market/MarketCorrectionRepository.h"
#include "core/market/MarketRepository.h"
#include "core/undo/EditRecording.h"

#include <algorithm>

namespace careerplanner {

MarketStore::MarketStore(EditRecorder &recorder, const LadderStore &ladders, QObject *parent)
    : FeatureStore(recorder, parent)
    , m_ladders(ladders)
    , m_imports([this](QList<MarketImport> *imports,
                       QString *error) { return MarketRepository(plan()).loadImports(imports, error); },
                "market imports")
    , m_corrections([this](MarketCorrections *corrections,
                           QString *error) { return MarketCorrectionRepository(plan()).load(corrections, error); },
                    "market corrections")
    , m_table([this](MarketTable *table, QString *error) { return MarketRepository(plan()).loadTable(table, error); },
              "market reports")
{
}

bool MarketStore::hasReports() const
{
    if (m_hasReports < 0) {
        int count = 0;
        QString error;
        m_hasReports = MarketRepository(plan()).countReports(&count, &error) && count > 0 ? 1 : 0;
    }
    return m_hasReports == 1;
}

const MarketMatcher &MarketStore::matcher() const
{
    if (!m_matcher)
        m_matcher = std::make_unique<MarketMatcher>(m_ladders.ladders(), corrections());
    return *m_matcher;
}

const QList<MarketMatcher::Match> &MarketStore::matches() const
{
    if (!m_matched) {
        m_matches = matcher().matchAll(table());
        m_matched = true;
    }
    return m_matches;
}

MarketDistribution MarketStore::distribution(const MarketFilter &filter, const CurrencyConverter &converter) const
{
    if (!hasReports())
        return {};
    return MarketDistribution::compute(table(), matches(), matcher(), filter, converter);
}

const QList<MarketStore::Company> &MarketStore::companies() const
{
    if (m_companiesKnown)
        return m_companies;
    QHash<int, int> byText; // reports of each spelling
    const MarketTable &reports = table();
    for (int r = 0; r < reports.size(); ++r)
        ++byText[reports.company(r)];
    QHash<QString, QString> aliasName;
    for (const CompanyAlias &alias : corrections().aliases)
        aliasName.insert(matcher().companyKey(alias.company), alias.company);
    QHash<QString, int> at; // index in m_companies by key
    QHash<QString, int> spellingReports; // of the name chosen so far, by key
    m_companies.clear();
    for (auto it = byText.cbegin(); it != byText.cend(); ++it) {
        const QString &spelling = reports.text(it.key());
        const QString key = matcher().companyKey(spelling);
        if (key.isEmpty())
            continue;
        auto found = at.constFind(key);
        if (found == at.cend()) {
            found = at.insert(key, int(m_companies.size()));
            m_companies.append({ key, aliasName.value(key), 0 });
        }
        Company &company = m_companies[*found];
        company.reports += it.value();
        // The most common spelling, the first in order of text for a tie, so the name is stable.
        const int best = spellingReports.value(key, -1);
        if (!aliasName.contains(key)
            && (it.value() > best || (it.value() == best && spelling.simplified() < company.name))) {
            company.name = spelling.simplified();
            spellingReports.insert(key, it.value());
        }
    }
    std::sort(m_companies.begin(), m_companies.end(), [](const Company &a, const Company &b) {
        return a.reports != b.reports ? a.reports > b.reports : a.name.localeAwareCompare(b.name) < 0;
    });
    m_companiesKnown = true;
    return m_companies;
}

QList<int> MarketStore::reportsPerLadder() const
{
    QList<int> counts(m_ladders.ladders().size(), 0);
    for (const MarketMatcher::Match &match : matches()) {
        if (match.ladder >= 0 && match.ladder < counts.size())
            ++counts[match.ladder];
    }
    return counts;
}

QString MarketStore::companyName(const QString &typed) const
{
    const QString key = matcher().companyKey(typed);
    for (const Company &company : companies()) {
        if (company.key == key)
            return company.name;
    }
    return typed.simplified();
}

void MarketStore::forget()
{
    m_imports.forget();
    m_corrections.forget();
    m_table.forget();
    m_hasReports = -1;
    laddersChanged();
}

void MarketStore::laddersChanged()
{
    m_matcher.reset();
    m_matches.clear();
    m_matched = false;
    m_companies.clear();
    m_companiesKnown = false;
}

void MarketStore::announceReread()
{
    Q_EMIT marketChanged();
}

bool MarketStore::removeImport(int index, QString *error)
{
    const QList<MarketImport> &list = imports();
    const EditRecording recording(
        recorder(), tr("Remove market reports of %1").arg(nameAt(list, index, &MarketImport::sourceFile)));
    if (!holds(list, index, tr("Those reports are no longer in the plan."), error)
        || !MarketRepository(plan()).removeImport(list.at(index).id, error))
        return false;
    forget();
    Q_EMIT marketChanged();
    return true;
}

bool MarketStore::saveAlias(const CompanyAlias &alias, QString *error)
{
    const EditRecording recording(recorder(),
                                  tr("Call %1 %2").arg(alias.alias.simplified(), alias.company.simplified()));
    CompanyAlias stored = alias;
    return MarketCorrectionRepository(plan()).saveAlias(stored, error) && corrected(error);
}

bool MarketStore::removeAlias(int index, QString *error)
{
    const QList<CompanyAlias> &list = corrections().aliases;
    const EditRecording recording(recorder(), tr("Remove the alias %1").arg(nameAt(list, index, &CompanyAlias::alias)));
    return holds(list, index, tr("That alias is no longer in the plan."), error)
           && MarketCorrectionRepository(plan()).removeAlias(list.at(index).id, error) && corrected(error);
}

bool MarketStore::saveMatch(const MarketMatch &match, QString *error)
{
    const EditRecording recording(recorder(), tr("Match the reports of %1").arg(match.titleKey));
    MarketMatch stored = match;
    return MarketCorrectionRepository(plan()).saveMatch(stored, error) && corrected(error);
}

bool MarketStore::removeMatch(int index, QString *error)
{
    const QList<MarketMatch> &list = corrections().matches;
    const EditRecording recording(
        recorder(), tr("Match the reports of %1 by the rules").arg(nameAt(list, index, &MarketMatch::titleKey)));
    return holds(list, index, tr("That match is no longer in the plan."), error)
           && MarketCorrectionRepository(plan()).removeMatch(list.at(index).id, error) && corrected(error);
}

bool MarketStore::corrected(QString *error)
{
    if (!m_corrections.reread(error))
        return false;
    laddersChanged();
    Q_EMIT marketChanged();
    return true;
}

} // namespace careerplanner
