#include "ui/charts/MarketBox.h"

#include "core/base/Money.h"
#include "ui/charts/ChartParts.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QObject>
#include <QPen>
#include <QScatterSeries>

namespace careerplanner {

namespace {

const QColor Ink(0x26, 0x26, 0x26);

QLineSeries *line(std::initializer_list<QPointF> points, double width)
{
    auto *series = new QLineSeries;
    QPen pen(Ink);
    pen.setWidthF(width);
    series->setPen(pen);
    for (const QPointF &point : points)
        series->append(point);
    return series;
}

} // namespace

QList<QAbstractSeries *> MarketBox::draw(QChart *chart, QAbstractAxis *x, QAbstractAxis *y,
                                         const Percentiles::Summary &summary, double y0, double y1, double labelGap)
{
    const double p10 = double(*summary.p10), p25 = double(*summary.p25), p50 = double(*summary.p50);
    const double p75 = double(*summary.p75), p90 = double(*summary.p90);
    const double middle = (y0 + y1) / 2, inset = (y1 - y0) * 0.18;
    // The whisker runs under the box, which hides its middle part.
    QLineSeries *whisker = line({ { p10, middle - inset },
                                  { p10, middle + inset },
                                  { p10, middle },
                                  { p90, middle },
                                  { p90, middle + inset },
                                  { p90, middle - inset } },
                                1.2);
    QAreaSeries *box = ChartParts::rectangle(p25, p75, y0 + inset / 2, y1 - inset / 2);
    box->setColor(QColor(255, 255, 255, 225));
    box->setBorderColor(Ink);
    QLineSeries *median = line({ { p50, y0 + inset / 2 }, { p50, y1 - inset / 2 } }, 2.5);
    auto *count = new QScatterSeries;
    count->setMarkerSize(1);
    count->setColor(Qt::transparent);
    count->setBorderColor(Qt::transparent);
    count->setPointLabelsFormat(QObject::tr("n %1").arg(summary.count));
    count->setPointLabelsVisible(true);
    count->setPointLabelsClipping(false);
    count->setPointLabelsColor(Ink);
    QFont bold = count->pointLabelsFont();
    bold.setBold(true);
    count->setPointLabelsFont(bold);
    count->append(p90 + labelGap, middle - inset * 0.6);
    QList<QAbstractSeries *> series { box, whisker, median, count };
    for (QAbstractSeries *part : { static_cast<QAbstractSeries *>(whisker), static_cast<QAbstractSeries *>(box),
                                   static_cast<QAbstractSeries *>(median), static_cast<QAbstractSeries *>(count) }) {
        ChartParts::attach(chart, part, x, y);
        for (QLegendMarker *marker : chart->legend()->markers(part))
            marker->setVisible(false);
    }
    return series;
}

QString MarketBox::describe(const Percentiles::Summary &summary, const QString &currency, const QLocale &locale)
{
    const auto money = [&](const std::optional<qint64> &amount) {
        return amount ? Money::formatCompact(*amount, currency, locale) : QString();
    };
    return QObject::tr("Market reports: %1\nP10 %2 · P25 %3 · median %4 · P75 %5 · P90 %6")
        .arg(summary.count)
        .arg(money(summary.p10), money(summary.p25), money(summary.p50), money(summary.p75), money(summary.p90));
}

} // namespace careerplanner
