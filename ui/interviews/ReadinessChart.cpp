#include "ui/interviews/ReadinessChart.h"

#include "ui/charts/ChartParts.h"

#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QValueAxis>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReadinessChart", text);
}

} // namespace

QChart *ReadinessChart::build(const QList<InterviewReadiness::Row> &rows)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(tr("Readiness per Leadership Principle"));
    auto *stories = new QBarSet(tr("Stories that show it"));
    stories->setColor(QColor(0xb0, 0xc4, 0xde));
    auto *rating = new QBarSet(tr("Latest answer, rated 1-5"));
    rating->setColor(QColor(0x1e, 0x5a, 0xa8));
    QStringList categories;
    int reach = 5;
    // Horizontal bars run bottom-up: the catalogue's first principle goes in last, on top.
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) {
        categories.append(row->name);
        stories->append(row->stories);
        rating->append(row->latestRating);
        reach = std::max(reach, row->stories);
    }
    auto *xAxis = new QValueAxis;
    xAxis->setRange(0, reach);
    xAxis->setTickCount(reach + 1);
    xAxis->setLabelFormat(QStringLiteral("%d"));
    xAxis->setTitleText(tr("Stories (count) · rating (1-5)"));
    ChartParts::horizontalBars(chart, { stories, rating }, categories, xAxis);
    return chart;
}

} // namespace careerplanner
