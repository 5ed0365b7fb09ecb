#include "ui/charts/ChartView.h"

#include "ui/charts/ChartExporter.h"

#include <QAreaSeries>
#include <QChart>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QToolTip>

namespace careerplanner {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    // Two side by side still fit a small window; below 300 pixels high a chart with a title,
    // axis labels and a legend has no room left for its plot and Qt Charts elides the labels.
    setMinimumSize(320, 300);
}

void ChartView::setChartWithToolTips(QChart *newChart, const QHash<QAbstractSeries *, QString> &toolTips)
{
    if (!newChart)
        newChart = new QChart; // an empty chart, never none
    QChart *old = chart();
    setChart(newChart);
    delete old;
    m_toolTips = toolTips;
    for (auto it = m_toolTips.constBegin(); it != m_toolTips.constEnd(); ++it) {
        if (auto *area = qobject_cast<QAreaSeries *>(it.key())) {
            const QString text = it.value();
            connect(area, &QAreaSeries::hovered, this, [text](const QPointF &, bool entered) {
                if (entered)
                    QToolTip::showText(QCursor::pos(), text);
                else
                    QToolTip::hideText();
            });
        }
    }
}

void ChartView::setPointToolTips(const QHash<QAbstractSeries *, QStringList> &tips)
{
    for (auto it = tips.constBegin(); it != tips.constEnd(); ++it) {
        auto *scatter = qobject_cast<QScatterSeries *>(it.key());
        if (!scatter)
            continue;
        const QStringList texts = it.value();
        connect(scatter, &QScatterSeries::hovered, this, [scatter, texts](const QPointF &point, bool entered) {
            if (!entered) {
                QToolTip::hideText();
                return;
            }
            const auto points = scatter->points();
            const auto at = std::find(points.cbegin(), points.cend(), point);
            if (at != points.cend())
                QToolTip::showText(QCursor::pos(), texts.value(static_cast<int>(at - points.cbegin())));
        });
    }
}

ChartView *ChartView::shownIn(QWidget *page)
{
    if (!page)
        return nullptr;
    const QList<ChartView *> views = page->findChildren<ChartView *>();
    for (ChartView *view : views) {
        if (view->isVisible())
            return view;
    }
    return views.isEmpty() ? nullptr : views.constFirst();
}

void ChartView::saveAs()
{
    // Named, so that it is plain which chart is saved; the file type chosen gives the
    // extension when the name has none of the two.
    const QString name = chart() && !chart()->title().isEmpty() ? chart()->title() : accessibleName();
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString filter = png;
    QString path
        = QFileDialog::getSaveFileName(this, name.isEmpty() ? tr("Save Chart As") : tr("Save Chart “%1” As").arg(name),
                                       QString(), png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    bool ok = false;
    const QString sizeText
        = QInputDialog::getText(this, tr("Chart Size"), tr("Width × height in pixels:"), QLineEdit::Normal,
                                QStringLiteral("%1x%2").arg(width()).arg(height()), &ok);
    if (!ok)
        return;
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*[x×]\\s*(\\d+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(sizeText);
    QString error;
    if (!match.hasMatch())
        error = tr("Give the size as width × height, for example 1600x900.");
    else if (ChartExporter::save(chart(), path, QSize(match.captured(1).toInt(), match.captured(2).toInt()), &error))
        return;
    QMessageBox::warning(this, tr("Save Chart"), error);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save Chart As…"), this, &ChartView::saveAs);
    menu.exec(event->globalPos());
}

} // namespace careerplanner
