#pragma once

#include <QChartView>
#include <QHash>

namespace careerplanner {

// A chart view that shows each bar's exact figures on hover and offers "Save Chart As…"
// in its context menu. It owns the chart it shows.
class ChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    // Replaces the chart; tool tips are the texts shown when hovering each series.
    void setChartWithToolTips(QChart *chart, const QHash<QAbstractSeries *, QString> &toolTips);
    void saveAs(); // asks for a file and a size
    // Tool tips per point of scatter series (milestone markers), shown on hover.
    void setPointToolTips(const QHash<QAbstractSeries *, QStringList> &tips);
    // The chart of page on screen, where it has several on tabs of their own; else its
    // first (the save dialog names it); null for a page without charts.
    static ChartView *shownIn(QWidget *page);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QHash<QAbstractSeries *, QString> m_toolTips;
};

} // namespace careerplanner
