// What a user waits for on a large plan (tests/benchmarks/LargePlan.h): switching ladders,
// opening the compare view, recomputing the pay projection, and redrawing each chart.
// Each is measured with QBENCHMARK on the real window, offscreen; the target is 16 ms
// (one frame). Run by scripts/benchmark.sh: bench_interaction PLAN [QTest options]
#include "ui/charts/ChartView.h"
#include "ui/MainWindow.h"
#include "core/plan/PlanSession.h"

#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace careerplanner;

namespace {
QString planPath;
}

class BenchInteraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void switchLadder();
    void openCompareView();
    void recomputePayProjection();
    void redrawChart_data();
    void redrawChart();

private:
    QWidget *showTab(const QString &name);

    MainWindow *m_window = nullptr;
};

void BenchInteraction::initTestCase()
{
    QString error;
    auto session = PlanSession::open(planPath, &error);
    QVERIFY2(session, qPrintable(error));
    m_window = new MainWindow(std::move(session));
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void BenchInteraction::cleanupTestCase()
{
    delete m_window;
}

QWidget *BenchInteraction::showTab(const QString &name)
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == name) {
            tabs->setCurrentIndex(i);
            return tabs->currentWidget();
        }
    }
    return nullptr;
}

// Choosing another ladder: the level table and details are filled and painted.
void BenchInteraction::switchLadder()
{
    QWidget *page = showTab(QStringLiteral("Ladders"));
    auto *selector = m_window->findChild<QComboBox *>(QStringLiteral("ladderSelector"));
    QVERIFY(page && selector && selector->count() == 20);
    int next = 0;
    QBENCHMARK
    {
        selector->setCurrentIndex(++next % selector->count());
        page->grab();
    }
}

// From another tab to Compare levels, drawn.
void BenchInteraction::openCompareView()
{
    QBENCHMARK
    {
        showTab(QStringLiteral("Dashboard"));
        QWidget *page = showTab(QStringLiteral("Compare levels"));
        page->grab();
    }
}

// A change of the projection's length: the table and the stacked chart rebuilt and drawn.
void BenchInteraction::recomputePayProjection()
{
    QWidget *page = showTab(QStringLiteral("Pay packages"));
    auto *years = m_window->findChild<QSpinBox *>(QStringLiteral("projectionYears"));
    QVERIFY(page && years);
    int value = 1;
    QBENCHMARK
    {
        years->setValue(value % 10 + 1);
        ++value;
        page->grab();
    }
}

void BenchInteraction::redrawChart_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QString>("chart");
    QTest::newRow("salary bands") << QStringLiteral("Salary bands") << QStringLiteral("bandChart");
    QTest::newRow("compare levels") << QStringLiteral("Compare levels") << QStringLiteral("compareChart");
    QTest::newRow("pay packages") << QStringLiteral("Pay packages") << QStringLiteral("payChart");
    QTest::newRow("pay history") << QStringLiteral("Pay history") << QStringLiteral("historyChart");
    QTest::newRow("path timeline") << QStringLiteral("My path") << QStringLiteral("pathTimeline");
    QTest::newRow("skill gaps") << QStringLiteral("Skills && stories") << QStringLiteral("gapChart");
}

// One chart repainted at the window's size, as after a resize or an expose.
void BenchInteraction::redrawChart()
{
    QFETCH(QString, tab);
    QFETCH(QString, chart);
    QVERIFY(showTab(tab));
    auto *view = m_window->findChild<ChartView *>(chart);
    QVERIFY2(view, qPrintable(chart));
    if (!view->isVisible()) {
        // A chart on a sub-tab (the path timeline): show that sub-tab.
        for (QTabWidget *sub : m_window->findChildren<QTabWidget *>()) {
            const int index = sub->indexOf(view->parentWidget());
            if (index >= 0)
                sub->setCurrentIndex(index);
        }
    }
    QBENCHMARK
    {
        view->viewport()->grab();
    }
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_interaction PLAN [QTest options]\n");
        return 2;
    }
    QApplication app(argc, argv);
    planPath = QString::fromLocal8Bit(argv[1]);
    QStringList arguments = QApplication::arguments();
    arguments.removeAt(1);
    BenchInteraction bench;
    return QTest::qExec(&bench, arguments);
}

#include "bench_interaction.moc"
