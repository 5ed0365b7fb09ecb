#include "core/market/MarketDistribution.h"

#include "core/market/MarketKeys.h"
#include "core/market/MarketTable.h"

#include <algorithm>

namespace careerplanner {

namespace {

// Whether each text passes a test, worked out the first time a report asks: a column holds
// far fewer texts than reports.
class TextTest
{
public:
    TextTest(const MarketTable &table, std::function<bool(const QString &)> test)
        : m_table(table)
        , m_test(std::move(test))
        , m_known(table.textCount(), Unknown)
    {
    }
    bool passes(int text)
    {
        if (m_known.at(text) == Unknown)
            m_known[text] = m_test(m_table.text(text)) ? Yes : No;
        return m_known.at(text) == Yes;
    }

private:
    enum : quint8 { Unknown, Yes, No };
    const MarketTable &m_table;
    std::function<bool(const QString &)> m_test;
    QList<quint8> m_known;
};

void finish(MarketDistribution::Row &row)
{
    std::sort(row.base.begin(), row.base.end());
    std::sort(row.total.begin(), row.total.end());
    row.baseSummary = Percentiles::summarizeSorted(row.base);
    row.totalSummary = Percentiles::summarizeSorted(row.total);
}

} // namespace

const MarketDistribution::Row *MarketDistribution::rowOf(int level) const
{
    for (const Row &row : levels) {
        if (row.level == level)
            return &row;
    }
    return nullptr;
}

MarketDistribution MarketDistribution::compute(const MarketTable &table, const QList<MarketMatcher::Match> &matches,
                                               const MarketMatcher &matcher, const MarketFilter &filter,
                                               const CurrencyConverter &converter)
{
    MarketDistribution result;
    if (filter.ladder < 0 || filter.ladder >= matcher.ladders().size() || matches.size() != table.size())
        return result;
    const QString company = matcher.companyKey(filter.company);
    TextTest companyTest(table, [&](const QString &name) { return matcher.companyKey(name) == company; });
    const QString place = filter.locationContains.trimmed();
    TextTest placeTest(table, [&](const QString &location) { return location.contains(place, Qt::CaseInsensitive); });
    const QString display = converter.displayCurrency();
    TextTest sameCurrency(table, [&](const QString &currency) { return display.isEmpty() || currency == display; });
    const qint64 fromDay = filter.from.isValid() ? filter.from.toJulianDay() : 0;
    const qint64 toDay = filter.to.isValid() ? filter.to.toJulianDay() : 0;

    QList<Row> byLevel(matcher.ladders().at(filter.ladder).levels.size());
    for (int r = 0; r < table.size(); ++r) {
        const MarketMatcher::Match &match = matches.at(r);
        if (match.ladder != filter.ladder || (!company.isEmpty() && !companyTest.passes(table.company(r)))
            || (!place.isEmpty() && !placeTest.passes(table.location(r))))
            continue;
        if (filter.asksYears()) {
            const std::optional<double> years = table.years(r);
            if (!years || (filter.yearsFrom && *years < *filter.yearsFrom)
                || (filter.yearsTo && *years > *filter.yearsTo))
                continue;
        }
        if (filter.asksDates()) {
            const qint64 day = table.julianDay(r);
            if (day == 0 || (fromDay != 0 && day < fromDay) || (toDay != 0 && day > toDay))
                continue;
        }
        qint64 base = table.base(r);
        qint64 total = table.total(r);
        if (!sameCurrency.passes(table.currency(r))) {
            const QString &from = table.text(table.currency(r));
            const std::optional<qint64> convertedBase
                = base == MarketTable::NoAmount ? std::optional<qint64>(base) : converter.convert(base, from, display);
            const std::optional<qint64> convertedTotal = total == MarketTable::NoAmount
                                                             ? std::optional<qint64>(total)
                                                             : converter.convert(total, from, display);
            if (!convertedBase || !convertedTotal) {
                ++result.withoutRate;
                if (!result.currenciesWithoutRate.contains(from))
                    result.currenciesWithoutRate.append(from);
                continue;
            }
            base = *convertedBase;
            total = *convertedTotal;
        }
        for (Row *row : { &result.all, match.matched() ? &byLevel[match.level] : nullptr }) {
            if (!row)
                continue;
            ++row->reports;
            row->estimated += match.estimated ? 1 : 0;
            if (base != MarketTable::NoAmount)
                row->base.append(base);
            if (total != MarketTable::NoAmount)
                row->total.append(total);
        }
    }
    for (int level = 0; level < byLevel.size(); ++level) {
        Row &row = byLevel[level];
        if (row.reports == 0)
            continue;
        row.level = level;
        finish(row);
        result.levels.append(std::move(row));
    }
    finish(result.all);
    return result;
}

} // namespace careerplanner
