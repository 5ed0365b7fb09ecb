// libFuzzer target: the market pay reader (MarketCsv) and what follows it, the matching and
// the percentiles. Any input must give a read whose rows add up (each data row a report or
// a skipped row with its line and reason), whose reports keep the limits the plan's rules
// hold (names within their lengths, amounts from zero to Money's maximum, base or total
// given), and whose distribution has every percentile within the amounts.
#include "core/base/Money.h"
#include "core/market/MarketCsv.h"
#include "core/market/MarketDistribution.h"
#include "core/market/MarketTable.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

using namespace careerplanner;

void need(bool holds)
{
    if (!holds)
        std::abort();
}

bool amountFits(const std::optional<qint64> &amount)
{
    return !amount || (*amount >= 0 && *amount <= Money::MaximumMinorUnits);
}

void checkSummary(const Percentiles::Summary &summary, const QList<qint64> &sorted)
{
    need(summary.count == sorted.size());
    if (!summary.enough())
        return;
    std::optional<qint64> previous;
    for (const std::optional<qint64> &p : { summary.p10, summary.p25, summary.p50, summary.p75, summary.p90 }) {
        need(p && *p >= sorted.constFirst() && *p <= sorted.constLast());
        need(!previous || *previous <= *p);
        previous = p;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_market_import";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static const QList<CareerLadder> ladders = [] {
        CareerLadder ladder;
        ladder.name = QStringLiteral("Product Management");
        ladder.company = QStringLiteral("Amazon");
        for (const char *title : { "Product Manager", "Senior Product Manager", "Principal Product Manager" }) {
            CareerLevel level;
            level.title = QLatin1String(title);
            level.experienceYears.minimum = int(ladder.levels.size()) * 3;
            level.experienceYears.maximum = int(ladder.levels.size()) * 3 + 4; // overlapping: ambiguity
            ladder.levels.append(level);
        }
        ladder.levels[1].levelCode = QStringLiteral("L6");
        return QList<CareerLadder> { ladder };
    }();

    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const MarketCsv::Read read = MarketCsv::read(text, QStringLiteral("fuzz.csv"), QDate(2026, 12, 2));
    need(read.reports.size() == read.lines.size());
    if (!read.error.isEmpty()) {
        need(read.reports.isEmpty());
        return 0;
    }
    need(read.rowsRead == read.reports.size() + read.skipped.size());
    for (const CsvReader::Problem &problem : read.skipped)
        need(problem.line >= 2 && !problem.reason.isEmpty());
    MarketTable table;
    for (qsizetype i = 0; i < read.reports.size(); ++i) {
        const MarketReport &report = read.reports.at(i);
        need(read.lines.at(i) >= 2 && (i == 0 || read.lines.at(i) > read.lines.at(i - 1)));
        need(report.base || report.total);
        need(amountFits(report.base) && amountFits(report.stock) && amountFits(report.bonus)
             && amountFits(report.total));
        need(report.company.size() <= MarketCsv::LongestName && report.title.size() <= MarketCsv::LongestName
             && report.location.size() <= MarketCsv::LongestName && report.level.size() <= MarketCsv::LongestLevel);
        need(!report.yearsOfExperience || (*report.yearsOfExperience >= 0 && *report.yearsOfExperience <= 70));
        table.append(report);
    }
    const MarketMatcher matcher(ladders, {});
    const QList<MarketMatcher::Match> matches = matcher.matchAll(table);
    need(matches.size() == table.size());
    for (const MarketMatcher::Match &match : matches)
        need(match.level < 0 || (match.ladder == 0 && match.level < ladders.constFirst().levels.size()));
    MarketFilter filter;
    filter.ladder = 0;
    const MarketDistribution distribution
        = MarketDistribution::compute(table, matches, matcher, filter, CurrencyConverter({}, QStringLiteral("USD")));
    for (const MarketDistribution::Row &row : distribution.levels) {
        checkSummary(row.baseSummary, row.base);
        checkSummary(row.totalSummary, row.total);
    }
    checkSummary(distribution.all.totalSummary, distribution.all.total);
    return 0;
}
