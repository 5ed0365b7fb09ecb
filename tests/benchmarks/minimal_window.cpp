// The yardstick for start-up: the least a Qt Widgets + Charts application does to show a
// window with one chart, built with the same compiler, flags and Qt as Career Planner.
// Quits after the chart's first paint by the same filter careerplanner --quit-after-startup
// uses, a header that links none of Career Planner's code (the yardstick must not).
#include "app/QuitAfterFirstPaint.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    auto *set = new QBarSet(QStringLiteral("Pay"));
    *set << 1 << 2 << 3;
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    QMainWindow window;
    auto *view = new QChartView(chart, &window);
    window.setCentralWidget(view);
    window.resize(1280, 760);
    careerplanner::QuitAfterFirstPaint quitter;
    view->viewport()->installEventFilter(&quitter);
    window.show();
    return QApplication::exec();
}
