#pragma once

#include <QBrush>
#include <QColor>

class QAreaSeries;

namespace careerplanner {

// Shapes the charts draw bands with, shared so that every chart marks an open-ended band
// the same way.
class ChartShapes
{
public:
    // A filled rectangle from (x0, y0) to (x1, y1) in the axes' values.
    static QAreaSeries *rectangle(double x0, double x1, double y0, double y1);
    // The brush of an open band's extension: the band's colour fading out along the
    // direction the band grows (Qt::Horizontal: to the right; Qt::Vertical: upwards).
    static QBrush fade(const QColor &colour, Qt::Orientation growth);
};

} // namespace careerplanner
