#pragma once

#include <QSize>
#include <QString>

class QChart;
class QImage;

namespace careerplanner {

// Saves a chart as PNG or SVG (by the file name's extension) at a chosen size, the same
// drawing as on screen; works offscreen for the command line.
class ChartExporter
{
public:
    // Below this the level titles and money labels no longer fit and get elided.
    static constexpr int MinimumSide = 480;
    static constexpr int MaximumSide = 8000;

    static bool save(QChart *chart, const QString &path, const QSize &size, QString *error);
    // The chart laid out at size and drawn on white with that many device pixels per pixel,
    // for a report: sharp on paper, with text as large against the chart as on screen.
    static QImage toImage(QChart *chart, const QSize &size, qreal devicePixelRatio = 1.0);
    static bool isSupportedPath(const QString &path);
};

} // namespace careerplanner
