#include "ChartShapes.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QLinearGradient>

#include <algorithm>

namespace careerplanner {

QAreaSeries *ChartShapes::rectangle(double x0, double x1, double y0, double y1)
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

QBrush ChartShapes::fade(const QColor &colour, Qt::Orientation growth)
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

} // namespace careerplanner
