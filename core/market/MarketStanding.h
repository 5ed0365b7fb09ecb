#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace careerplanner {

class CurrencyConverter;
class MarketStore;

// Where one pay stands among the market reports for a level: "about the 62nd percentile
// of 140 reports". Asked only where the level has at least Percentiles::FewestReports
// reports giving the same figure (base or total), and the pay can be put in the reports'
// currency.
struct MarketStanding
{
    int reports = 0;
    int percentile = 0; // rounded, 0 to 100
    bool total = false; // of total pay; base pay otherwise

    // pay: a year, in currency, of total pay or else of base pay.
    static std::optional<MarketStanding> of(const MarketStore &market, const QString &ladderName,
                                            const QString &levelTitle, qint64 pay, const QString &currency, bool total,
                                            const CurrencyConverter &converter);
    // "Your total pay is about the 62nd percentile of 140 market reports for Senior PM."
    QString text(const QString &levelTitle) const;
    static QString ordinal(int number); // "1st", "62nd", "113th"
};

} // namespace careerplanner
