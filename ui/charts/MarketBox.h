#pragma once

#include "core/market/Percentiles.h"

#include <QColor>
#include <QList>
#include <QString>

class QAbstractAxis;
class QAbstractSeries;
class QChart;

namespace careerplanner {

// One level's market reports drawn across a horizontal band: a box from P25 to P75 with a
// line at the median, whiskers out to P10 and P90, and the number of reports beside it.
class MarketBox
{
public:
    // The series it is drawn with, the box first (for its tooltip and legend entry), between
    // y0 and y1; the count's label labelGap (in x's values) right of the P90 whisker.
    static QList<QAbstractSeries *> draw(QChart *chart, QAbstractAxis *x, QAbstractAxis *y,
                                         const Percentiles::Summary &summary, double y0, double y1, double labelGap);
    // What the box says, for its tooltip.
    static QString describe(const Percentiles::Summary &summary, const QString &currency, const QLocale &locale);
};

} // namespace careerplanner
