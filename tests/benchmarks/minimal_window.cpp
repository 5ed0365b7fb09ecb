// The yardstick for start-up: the least a Qt Widgets + Charts application does to show a
// window with one chart, built with the same compiler, flags and Qt as Career Planner.
// Quits after the chart's first paint, as careerplanner --quit-after-startup does. The
// quitting filter is written out here rather than taken from the app (ui/AppLauncher.cpp):
// the yardstick must not link any of Career Planner's code.
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QMainWindow>
#include <QTimer>

namespace {

class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

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
    QuitAfterFirstPaint quitter;
    view->viewport()->installEventFilter(&quitter);
    window.show();
    return QApplication::exec();
}
