#include "core/market/MarketStanding.h"

#include "core/base/CurrencyConverter.h"
#include "core/market/MarketStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace careerplanner {

std::optional<MarketStanding> MarketStanding::of(const MarketStore &market, const QString &ladderName,
                                                 const QString &levelTitle, qint64 pay, const QString &currency,
                                                 bool total, const CurrencyConverter &converter)
{
    if (!market.hasReports() || ladderName.isEmpty() || levelTitle.isEmpty())
        return std::nullopt;
    const QList<CareerLadder> &ladders = market.matcher().ladders();
    MarketFilter filter;
    int level = -1;
    for (int i = 0; i < ladders.size() && filter.ladder < 0; ++i) {
        if (ladders.at(i).name != ladderName)
            continue;
        filter.ladder = i;
        for (int j = 0; j < ladders.at(i).levels.size(); ++j) {
            if (ladders.at(i).levels.at(j).title == levelTitle)
                level = j;
        }
    }
    if (level < 0)
        return std::nullopt;
    const MarketDistribution distribution = market.distribution(filter, converter);
    const MarketDistribution::Row *row = distribution.rowOf(level);
    const std::optional<qint64> amount = converter.displayCurrency().isEmpty()
                                             ? std::optional<qint64>(pay)
                                             : converter.convert(pay, currency, converter.displayCurrency());
    if (!row || !amount)
        return std::nullopt;
    const QList<qint64> &amounts = total ? row->total : row->base;
    if (amounts.size() < Percentiles::FewestReports)
        return std::nullopt;
    MarketStanding standing;
    standing.reports = int(amounts.size());
    standing.percentile = qRound(*Percentiles::rankOf(amounts, *amount));
    standing.total = total;
    return standing;
}

QString MarketStanding::text(const QString &levelTitle) const
{
    const QString reportsText = QLocale().toString(reports);
    return total ? QCoreApplication::translate("MarketStanding",
                                               "Your total pay is about the %1 percentile of %2 market reports for %3.")
                       .arg(ordinal(percentile), reportsText, levelTitle)
                 : QCoreApplication::translate("MarketStanding",
                                               "Your base pay is about the %1 percentile of %2 market reports for %3.")
                       .arg(ordinal(percentile), reportsText, levelTitle);
}

QString MarketStanding::ordinal(int number)
{
    const int lastTwo = number % 100;
    const char *suffix = QT_TRANSLATE_NOOP("MarketStanding", "th");
    if (lastTwo < 11 || lastTwo > 13) {
        switch (number % 10) {
        case 1:
            suffix = QT_TRANSLATE_NOOP("MarketStanding", "st");
            break;
        case 2:
            suffix = QT_TRANSLATE_NOOP("MarketStanding", "nd");
            break;
        case 3:
            suffix = QT_TRANSLATE_NOOP("MarketStanding", "rd");
            break;
        default:
            break;
        }
    }
    return QString::number(number) + QCoreApplication::translate("MarketStanding", suffix);
}

} // namespace careerplanner
