#include "ui/compare/CompareChart.h"

#include "core/ladders/CareerLadder.h"
#include "ui/compare/CompareTableModel.h"

#include <QChart>

namespace careerplanner {

BandChartBuilder::Result CompareChart::build(const QList<BandComparison::Entry> &entries, SalaryBand::Kind kind,
                                             const QLocale &locale, const MarketBoxes *market)
{
    // The chosen levels become one ladder for the band chart, lowest (first) at the bottom.
    CareerLadder compared;
    compared.name = QObject::tr("Compared levels");
    const QList<BandComparison::Step> steps = BandComparison::steps(entries);
    for (int i = 0; i < entries.size(); ++i) {
        CareerLevel level;
        // Two lines per level (axis labels take HTML): the level, then the step up to it.
        level.title = entries.at(i).label.toHtmlEscaped();
        if (i > 0 && steps.at(i - 1).difference) {
            const BandComparison::Step &step = steps.at(i - 1);
            const QString sign = *step.difference >= 0 ? QStringLiteral("+") : QStringLiteral("−");
            const qint64 magnitude = *step.difference >= 0 ? *step.difference : -*step.difference;
            level.title += QStringLiteral("<br><i>%1%2%3 (%4)</i>")
                               .arg(BandComparison::certaintyPrefix(step.certainty), sign,
                                    Money::formatCompact(magnitude, entries.at(i).band->currency, locale),
                                    CompareTableModel::stepPercent(step, locale, false));
        }
        const std::optional<SalaryBand> &bar = market ? market->guideBands.value(i) : entries.at(i).band;
        if (bar)
            level.bands = { *bar };
        compared.levels.append(level);
    }
    BandChartBuilder::Options options;
    options.ladders = { &compared };
    options.showBase = kind == SalaryBand::Kind::Base;
    options.showTotal = kind == SalaryBand::Kind::TotalCompensation;
    options.showMidpoints = !market;
    options.locale = locale;
    if (market) {
        options.marketCurrency = market->currency;
        options.converter = market->converter;
        for (int i = 0; i < entries.size() && i < market->summaries.size(); ++i) {
            BandChartBuilder::Options::MarketPay pay;
            (kind == SalaryBand::Kind::Base ? pay.base : pay.total) = market->summaries.at(i);
            options.market.insert({ 0, i }, pay);
        }
    }
    BandChartBuilder::Result result = BandChartBuilder::build(options);
    result.chart->setTitle(market ? QObject::tr("What each step up is worth, market median to median")
                                  : QObject::tr("What each step up is worth, midpoint to midpoint"));
    return result;
}

} // namespace careerplanner
