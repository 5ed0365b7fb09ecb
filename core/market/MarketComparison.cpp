#include "core/market/MarketComparison.h"

#include "core/market/MarketStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace careerplanner {

MarketComparison::Result MarketComparison::compare(const MarketStore &market, const QList<QPair<int, int>> &levels,
                                                   const QStringList &labels, SalaryBand::Kind kind,
                                                   const CurrencyConverter &converter)
{
    Result result;
    QHash<int, MarketDistribution> byLadder; // each ladder's reports filtered once
    for (int i = 0; i < levels.size(); ++i) {
        const auto [ladder, level] = levels.at(i);
        auto distribution = byLadder.find(ladder);
        if (distribution == byLadder.end()) {
            MarketFilter filter;
            filter.ladder = ladder;
            distribution = byLadder.insert(ladder, market.distribution(filter, converter));
        }
        const MarketDistribution::Row *row = distribution->rowOf(level);
        const Percentiles::Summary summary = !row                             ? Percentiles::Summary()
                                             : kind == SalaryBand::Kind::Base ? row->baseSummary
                                                                              : row->totalSummary;
        const QString count = QLocale().toString(summary.count);
        QString label = labels.value(i);
        if (!summary.enough() || !summary.p25 || !summary.p50 || !summary.p75) {
            label = QCoreApplication::translate("MarketComparison", "%1 · too few reports (n %2)").arg(label, count);
            result.entries.append(BandComparison::entryFor(label, std::nullopt));
            result.summaries.append(summary);
            continue;
        }
        SalaryBand band;
        band.kind = kind;
        band.minimum = *summary.p25;
        band.maximum = *summary.p75;
        band.currency = converter.displayCurrency();
        BandComparison::Entry entry = BandComparison::entryFor(
            QCoreApplication::translate("MarketComparison", "%1 · n %2").arg(label, count), band);
        entry.midpoint = *summary.p50;
        result.entries.append(entry);
        result.summaries.append(summary);
    }
    return result;
}

} // namespace careerplanner
