#include "ui/charts/BandChartBuilder.h"

#include "core/bands/BandComparison.h"
#include "core/ladders/CareerLadder.h"
#include "ui/charts/ChartParts.h"
#include "ui/charts/MarketBox.h"
#include "core/base/Money.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>

namespace careerplanner {

namespace {

// Blue and teal for the first ladder, orange and sand for the one overlaid on it.
const QColor Colours[2][2] = { { QColor(0x1e, 0x5a, 0xa8), QColor(0x2a, 0x9d, 0x8f) },
                               { QColor(0xd9, 0x5d, 0x39), QColor(0xe9, 0xa2, 0x3b) } };

struct Row
{
    const CareerLadder *ladder;
    int ladderIndex;
    const CareerLevel *level;
    int levelIndex;
};

// "Program" for "Program Management": enough to tell two overlaid ladders apart.
QString shortName(const CareerLadder &ladder)
{
    return ladder.name.section(QLatin1Char(' '), 0, 0);
}

QString sourceText(const SourceRef &source)
{
    return source.file.isEmpty() ? source.section : QStringLiteral("%1, “%2”").arg(source.file, source.section);
}

} // namespace

qint64 BandChartBuilder::niceStep(qint64 maximum)
{
    // Steps of 1, 2 or 5 times a power of ten, in minor units.
    for (qint64 power = 100; power < Money::MaximumMinorUnits * 10; power *= 10) {
        for (const qint64 factor : { 1, 2, 5 }) {
            const qint64 step = factor * power;
            if (maximum / step <= 7)
                return step;
        }
    }
    return maximum;
}

BandChartBuilder::Result BandChartBuilder::build(const Options &options)
{
    Result result;
    auto *chart = new QChart;
    result.chart = chart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(8, 8, 16, 8));
    if (options.adjustment.isActive())
        chart->setTitle(QObject::tr("Bands adjusted by your assumptions (%1), not figures from the sources")
                            .arg(options.adjustment.describe()));

    QList<SalaryBand::Kind> kinds;
    if (options.showBase)
        kinds.append(SalaryBand::Kind::Base);
    if (options.showTotal)
        kinds.append(SalaryBand::Kind::TotalCompensation);

    // Rows from the bottom up: the first ladder's levels lowest first, then the next ladder's.
    QList<Row> rows;
    for (int l = 0; l < options.ladders.size(); ++l) {
        const QList<CareerLevel> &levels = options.ladders.at(l)->levels;
        for (int i = 0; i < levels.size(); ++i) {
            const CareerLevel &level = levels.at(i);
            const bool hasBand = std::any_of(kinds.cbegin(), kinds.cend(),
                                             [&level](SalaryBand::Kind kind) { return level.band(kind).has_value(); });
            if (hasBand)
                rows.append({ options.ladders.at(l), l, &level, i });
        }
    }

    // A sentence, not an empty axis, for a ladder with no bands yet (a company's own, new).
    if (rows.isEmpty()) {
        chart->setTitle(kinds.isEmpty() ? QObject::tr("Tick base salary or total compensation to see the bands")
                                        : QObject::tr("No salary bands on this ladder yet: give its levels their "
                                                      "bands with Level ▸ Edit Level"));
        return result;
    }
    QString currency = QStringLiteral("USD");
    qint64 top = 0;
    bool shown[2] = { false, false }; // base, total: whether any bar of that kind is drawn
    for (const Row &row : rows) {
        for (const SalaryBand &stated : row.level->bands) {
            if (!kinds.contains(stated.kind))
                continue;
            const SalaryBand band = options.adjustment.apply(stated);
            currency = band.currency;
            top = std::max(top, band.maximum.value_or(band.minimum));
            shown[band.kind == SalaryBand::Kind::Base ? 0 : 1] = true;
        }
    }
    // Pay markers only where there are bands of the same kind to read them against, and
    // only in the bands' currency.
    const QString payCurrency = options.myPayCurrency.isEmpty() ? currency : options.myPayCurrency;
    const auto inBandCurrency = [&](const std::optional<qint64> &pay) -> std::optional<qint64> {
        return pay ? options.converter.convert(*pay, payCurrency, currency) : std::nullopt;
    };
    const std::optional<qint64> myPay[2] = { shown[0] ? inBandCurrency(options.myBase) : std::nullopt,
                                             shown[1] ? inBandCurrency(options.myTotal) : std::nullopt };
    if ((options.myBase || options.myTotal) && !options.converter.canConvert(payCurrency, currency))
        result.currencyProblem
            = CurrencyConverter::missingRateText(QObject::tr("Pay"), payCurrency, QObject::tr("the bands"), currency);
    for (const auto &pay : myPay)
        top = std::max(top, pay.value_or(0));
    // The market's percentiles in the bands' currency, by row and kind, where there are
    // enough and a rate.
    QHash<QPair<int, int>, Percentiles::Summary> boxes;
    const QString marketCurrency = options.marketCurrency.isEmpty() ? currency : options.marketCurrency;
    for (int r = 0; r < rows.size() && !options.market.isEmpty(); ++r) {
        const auto found = options.market.constFind({ rows.at(r).ladderIndex, rows.at(r).levelIndex });
        if (found == options.market.constEnd())
            continue;
        for (SalaryBand::Kind kind : kinds) {
            Percentiles::Summary summary = kind == SalaryBand::Kind::Base ? found->base : found->total;
            for (std::optional<qint64> *amount :
                 { &summary.p10, &summary.p25, &summary.p50, &summary.p75, &summary.p90 })
                *amount = *amount ? options.converter.convert(**amount, marketCurrency, currency) : std::nullopt;
            if (!summary.enough() || !summary.p10 || !summary.p90)
                continue;
            top = std::max(top, *summary.p90);
            boxes.insert({ r, int(kind) }, summary);
        }
    }
    const qint64 reach = top + top / 4; // room for open-ended fades past the highest figure
    QStringList kindNames;
    for (SalaryBand::Kind kind : { SalaryBand::Kind::Base, SalaryBand::Kind::TotalCompensation }) {
        if (shown[kind == SalaryBand::Kind::Base ? 0 : 1])
            kindNames.append(SalaryBand::kindToDisplayName(kind).toLower());
    }
    QCategoryAxis *xAxis
        = ChartParts::moneyAxis(reach, currency, options.locale,
                                QObject::tr("%1 per year (%2)").arg(kindNames.join(QObject::tr(" and ")), currency));
    const double fade = xAxis->max() * 0.12;
    xAxis->setGridLineVisible(true);

    auto *yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    yAxis->setRange(-0.5, rows.isEmpty() ? 0.5 : rows.size() - 0.5);
    yAxis->setStartValue(-0.5);
    yAxis->setGridLineVisible(false);
    for (int r = 0; r < rows.size(); ++r) {
        QString label = rows.at(r).level->title;
        // Category labels must be unique; two ladders may share a title.
        if (rows.constFirst().ladderIndex != rows.constLast().ladderIndex)
            label = QStringLiteral("%1 · %2").arg(shortName(*rows.at(r).ladder), label);
        yAxis->append(label, r + 0.5);
    }

    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const auto attach = [&](QAbstractSeries *series) { ChartParts::attach(chart, series, xAxis, yAxis); };

    QHash<QString, bool> legendShown;
    auto *plus = new QScatterSeries;
    plus->setName(QObject::tr("+ no fixed top"));
    plus->setMarkerSize(1);
    plus->setColor(Qt::transparent);
    plus->setBorderColor(Qt::transparent);
    plus->setPointLabelsFormat(QStringLiteral("+"));
    plus->setPointLabelsVisible(true);
    plus->setPointLabelsClipping(false);
    QFont plusFont = plus->pointLabelsFont();
    plusFont.setBold(true);
    plusFont.setPointSizeF(plusFont.pointSizeF() * 1.4);
    plus->setPointLabelsFont(plusFont);

    auto *midpoints = new QScatterSeries;
    midpoints->setName(QObject::tr("Midpoint"));
    midpoints->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    midpoints->setMarkerSize(11);
    midpoints->setColor(Qt::white);
    midpoints->setBorderColor(QColor(0x33, 0x33, 0x33));

    for (int r = 0; r < rows.size(); ++r) {
        // Side by side when the level has both kinds to show, centred when it has one.
        QList<SalaryBand> bands;
        for (SalaryBand::Kind kind : kinds) {
            if (const auto band = rows.at(r).level->band(kind))
                bands.append(options.adjustment.apply(*band));
        }
        for (int k = 0; k < bands.size(); ++k) {
            const std::optional<SalaryBand> band = bands.at(k);
            const double y0 = bands.size() > 1 ? (k == 0 ? r - 0.38 : r + 0.02) : r - 0.3;
            const double y1 = y0 + (bands.size() > 1 ? 0.36 : 0.6);
            const double x0 = static_cast<double>(band->minimum);
            const double x1 = static_cast<double>(band->maximum.value_or(band->minimum));
            const QColor colour = Colours[rows.at(r).ladderIndex % 2][band->kind == SalaryBand::Kind::Base ? 0 : 1];

            QAreaSeries *bar = ChartParts::rectangle(x0, x1, y0, y1);
            bar->setColor(colour);
            bar->setBorderColor(colour.darker(130));
            const QString group = QStringLiteral("%1|%2").arg(rows.at(r).ladderIndex).arg(int(band->kind));
            // Short legend entries, so that the legend fits under the chart without eliding.
            const QString kindName = band->kind == SalaryBand::Kind::Base ? QObject::tr("base") : QObject::tr("total");
            bar->setName(rows.constFirst().ladderIndex != rows.constLast().ladderIndex
                             ? QStringLiteral("%1 %2").arg(shortName(*rows.at(r).ladder), kindName)
                             : SalaryBand::kindToDisplayName(band->kind));
            attach(bar);
            const bool firstOfGroup = !legendShown.value(group);
            legendShown.insert(group, true);
            chart->legend()->markers(bar).constFirst()->setVisible(firstOfGroup);
            const QString tip = QObject::tr("%1\n%2: %3%4\nSource: %5")
                                    .arg(rows.at(r).level->title, SalaryBand::kindToDisplayName(band->kind),
                                         band->toDisplayText(options.locale),
                                         band->openEnded ? QObject::tr(" (open-ended: can go higher)") : QString(),
                                         sourceText(band->source));
            result.toolTips.insert(bar, tip);
            ++result.barCount;
            const auto midpoint = BandComparison::entryFor(QString(), band).midpoint;
            midpoints->append(static_cast<double>(*midpoint), (y0 + y1) / 2);

            if (const auto box = boxes.constFind({ r, int(band->kind) }); box != boxes.constEnd()) {
                const QList<QAbstractSeries *> parts = MarketBox::draw(chart, xAxis, yAxis, *box, y0, y1, fade * 0.3);
                const QString boxTip
                    = QObject::tr("%1, %2\n%3")
                          .arg(rows.at(r).level->title, kindName, MarketBox::describe(*box, currency, options.locale));
                for (QAbstractSeries *part : parts)
                    result.toolTips.insert(part, boxTip);
                if (result.boxCount++ == 0) {
                    parts.constFirst()->setName(QObject::tr("Market reports: P25–P75, median, P10–P90, n"));
                    chart->legend()->markers(parts.constFirst()).constFirst()->setVisible(true);
                }
            }

            if (band->openEnded) {
                QAreaSeries *extension = ChartParts::rectangle(x1, x1 + fade, y0, y1);
                extension->setBrush(ChartParts::fade(colour, Qt::Horizontal));
                extension->setPen(Qt::NoPen);
                attach(extension);
                chart->legend()->markers(extension).constFirst()->setVisible(false);
                result.toolTips.insert(extension, tip);
                plus->append(x1 + fade * 0.55, (y0 + y1) / 2 - 0.22);
                ++result.openEndedCount;
            }
        }
    }
    if (plus->count() > 0)
        attach(plus);
    else
        delete plus;
    if (options.showMidpoints && midpoints->count() > 0)
        attach(midpoints); // drawn over the bars
    else
        delete midpoints;

    for (int k = 0; k < 2; ++k) {
        if (!myPay[k])
            continue;
        auto *marker = new QLineSeries;
        QString amount = Money::formatCompact(*myPay[k], currency, options.locale);
        if (payCurrency != currency)
            amount = QObject::tr("≈ %1 at %2").arg(amount, options.converter.rateText(payCurrency, currency));
        marker->setName(k == 0 ? QObject::tr("Your base pay, %1: %2").arg(options.myPayYear, amount)
                               : QObject::tr("Your total pay, %1: %2").arg(options.myPayYear, amount));
        QPen pen(QColor(0xc6, 0x28, 0x28));
        pen.setWidthF(2.5);
        pen.setStyle(k == 0 ? Qt::SolidLine : Qt::DashLine);
        marker->setPen(pen);
        marker->append(static_cast<double>(*myPay[k]), -0.5);
        marker->append(static_cast<double>(*myPay[k]), rows.size() - 0.5);
        attach(marker);
        ++result.markerCount;
    }
    return result;
}

} // namespace careerplanner
