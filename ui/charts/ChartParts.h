#pragma once

#include "core/base/Money.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QStringList>

class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QBarSet;
class QCategoryAxis;
class QChart;
class QValueAxis;

namespace careerplanner {

// Pieces every chart is built from, shared so that bands, open tops and money axes look
// and read the same in all of them.
class ChartParts
{
public:
    // A filled rectangle from (x0, y0) to (x1, y1) in the axes' values.
    static QAreaSeries *rectangle(double x0, double x1, double y0, double y1);
    // The brush of an open band's extension: the band's colour fading out along the
    // direction the band grows (Qt::Horizontal: to the right; Qt::Vertical: upwards).
    static QBrush fade(const QColor &colour, Qt::Orientation growth);
    // A money axis from 0 to a round value above reach, with four to eight compact
    // labels ("$150K") in the locale, titled.
    static QCategoryAxis *moneyAxis(qint64 reach, const QString &currency, const QLocale &locale, const QString &title);
    // A chart's title saying that its figures are in currency through the user's rates
    // ("…, in USD" over "converted at 0.012 USD per INR, your rate of 1 Nov 2026"); the
    // title alone when no rate was used.
    static QString convertedTitle(const QString &title, const QString &currency, const QStringList &rates);
    // Horizontal bars of each set, a row per category (the first at the bottom), on values
    // along the bottom: added to the chart with both axes.
    static void horizontalBars(QChart *chart, const QList<QBarSet *> &sets, const QStringList &categories,
                               QValueAxis *values);
    // Adds the series to the chart on the two axes.
    static void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y);
};

} // namespace careerplanner
