#include "ui/charts/ChartExporter.h"

#include "core/storage/OutputFile.h"

#include <QChart>
#include <QGraphicsScene>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExporter", text);
}

// Draws the chart into painter at size through a scene of its own, then gives the chart
// back to whatever scene (on-screen view) it came from. A hidden view gets no resize
// event, so the chart is resized and its pending layout run here before drawing.
void render(QChart *chart, const QSize &size, QPainter *painter)
{
    QGraphicsScene *home = chart->scene();
    const QSizeF oldSize = chart->size();
    if (home)
        home->removeItem(chart);
    {
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->resize(size);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QRectF area(QPointF(0, 0), size);
        scene.setSceneRect(area);
        scene.render(painter, area, area);
        scene.removeItem(chart); // the scene must not delete the chart
    }
    if (home) {
        home->addItem(chart);
        chart->resize(oldSize);
    }
}

} // namespace

QImage ChartExporter::toImage(QChart *chart, const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    render(chart, size, &painter);
    return image;
}

bool ChartExporter::isSupportedPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg");
}

bool ChartExporter::save(QChart *chart, const QString &path, const QSize &size, QString *error)
{
    if (!isSupportedPath(path)) {
        *error = tr("Save charts as .png or .svg files.");
        return false;
    }
    if (size.width() < MinimumSide || size.height() < MinimumSide || size.width() > MaximumSide
        || size.height() > MaximumSide) {
        *error = tr("Choose a size from %1 to %2 pixels a side.").arg(MinimumSide).arg(MaximumSide);
        return false;
    }
    OutputFile file(path);
    if (!file.open(error))
        return false;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator generator;
        generator.setOutputDevice(file.device());
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart->title());
        QPainter painter(&generator);
        render(chart, size, &painter);
    } else if (!toImage(chart, size).save(file.device(), "PNG")) {
        *error = tr("Cannot encode the PNG image.");
        file.cancel();
        return false;
    }
    return file.commit(error);
}

} // namespace careerplanner
