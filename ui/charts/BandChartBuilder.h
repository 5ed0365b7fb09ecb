#pragma once

#include "core/bands/BandAdjustment.h"
#include "core/base/CurrencyConverter.h"
#include "core/base/Money.h"
#include "core/market/Percentiles.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

class QAbstractSeries;
class QChart;

namespace careerplanner {

struct CareerLadder;

// Builds the salary-band chart: a floating horizontal bar per level from band minimum to
// maximum, base and total compensation side by side, an open top drawn as a fading
// extension with a "+", the market reports' spread as a box across each band (MarketBox),
// and the user's own pay as a marker line across the bands.
class BandChartBuilder
{
public:
    struct Options
    {
        QList<const CareerLadder *> ladders; // one, or two to overlay
        bool showBase = true;
        bool showTotal = true;
        // The user's own pay, drawn as a line across the bands of the same kind.
        std::optional<qint64> myBase;
        std::optional<qint64> myTotal;
        QString myPayYear; // "2025", for the legend
        // The currency of myBase and myTotal, and the user's rates: pay in another
        // currency than the bands is drawn converted, or not at all (see currencyProblem).
        QString myPayCurrency;
        CurrencyConverter converter;
        bool showMidpoints = false; // a dot at each band's midpoint (the compare view)
        BandAdjustment adjustment; // the user's assumptions; drawn bands say when applied
        QLocale locale = Money::displayLocale();
        // Market reports per level, keyed by (index in ladders, index of the level), in
        // marketCurrency: a box across each band of a level with enough reports of its kind.
        struct MarketPay
        {
            Percentiles::Summary base, total;
        };
        QHash<QPair<int, int>, MarketPay> market;
        QString marketCurrency;
    };

    struct Result
    {
        QChart *chart = nullptr; // owned by the caller
        QHash<QAbstractSeries *, QString> toolTips; // exact figures per bar
        int barCount = 0;
        int openEndedCount = 0;
        int markerCount = 0;
        int boxCount = 0; // market boxes drawn
        QString currencyProblem; // why the user's pay is not drawn; empty when it is
    };

    static Result build(const Options &options);
    // A round axis maximum above value, with a step that gives four to eight ticks.
    static qint64 niceStep(qint64 maximum);
};

} // namespace careerplanner
