#include "ui/charts/ChartParts.h"

#include "ui/charts/BandChartBuilder.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLinearGradient>
#include <QValueAxis>

#include <algorithm>

namespace careerplanner {

QAreaSeries *ChartParts::rectangle(double x0, double x1, double y0, double y1)
{
    auto *upper = new QLineSeries;
    upper->append(x0, y1);
    upper->append(x1, y1);
    auto *lower = new QLineSeries;
    lower->append(x0, y0);
    lower->append(x1, y0);
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    return area;
}

QBrush ChartParts::fade(const QColor &colour, Qt::Orientation growth)
{
    // Object-bounding coordinates: 0..1 across the extension, whatever its size.
    QLinearGradient gradient = growth == Qt::Horizontal ? QLinearGradient(QPointF(0, 0), QPointF(1, 0))
                                                        : QLinearGradient(QPointF(0, 1), QPointF(0, 0));
    gradient.setCoordinateMode(QGradient::ObjectBoundingMode);
    QColor solid = colour;
    solid.setAlpha(std::min(colour.alpha(), 150)); // never more solid than the band itself
    QColor clear = colour;
    clear.setAlpha(0);
    gradient.setColorAt(0, solid);
    gradient.setColorAt(1, clear);
    return QBrush(gradient);
}

QString ChartParts::convertedTitle(const QString &title, const QString &currency, const QStringList &rates)
{
    if (rates.isEmpty())
        return title;
    return QObject::tr("%1, in %2<br><small>converted at %3</small>")
        .arg(title.toHtmlEscaped(), currency, rates.join(QStringLiteral("; ")).toHtmlEscaped());
}

QCategoryAxis *ChartParts::moneyAxis(qint64 reach, const QString &currency, const QLocale &locale, const QString &title)
{
    const qint64 step = BandChartBuilder::niceStep(reach + 1);
    const qint64 axisMax = (reach / step + 1) * step;
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0, static_cast<double>(axisMax));
    axis->setStartValue(0);
    for (qint64 tick = 0; tick <= axisMax; tick += step)
        axis->append(Money::formatCompact(tick, currency, locale), static_cast<double>(tick));
    axis->setTitleText(title);
    return axis;
}

void ChartParts::horizontalBars(QChart *chart, const QList<QBarSet *> &sets, const QStringList &categories,
                                QValueAxis *values)
{
    auto *series = new QHorizontalBarSeries;
    for (QBarSet *set : sets)
        series->append(set);
    auto *rows = new QBarCategoryAxis;
    rows->append(categories);
    chart->addSeries(series);
    chart->addAxis(rows, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(rows);
    series->attachAxis(values);
}

void ChartParts::attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace careerplanner
