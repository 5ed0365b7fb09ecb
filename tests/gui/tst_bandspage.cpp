// The salary bands page in the window, driven by clicks and keys: the overlay of another
// ladder, the user's assumptions saved in the plan and named on the chart, and an edit of
// a level shown at once.
#include "TestFiles.h"
#include "WindowTestSupport.h"

#include <QAction>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChartView>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineSeries>
#include <QTabWidget>
#include <QLabel>
#include <QTest>

using namespace careerplanner;
using testfiles::queryValue;

class TestBandsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void bandChartFollowsItsControls();
    void aMultiplierOutOfRangeIsRefusedNotCut();

private:
    QTemporaryDir m_settingsDir;
    guitest::WindowFixture m_fixture;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestBandsPage::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestBandsPage::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("bands.careerplan"), guitest::WindowFixture::Content::ReferenceLadders),
             qPrintable(m_fixture.error()));
    m_window = m_fixture.window();
    m_path = m_fixture.plan();
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Ladders")));
}

void TestBandsPage::cleanup()
{
    m_fixture.close();
    m_window = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestBandsPage::bandChartFollowsItsControls()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    auto *exportChart = m_window->findChild<QAction *>(QStringLiteral("exportChartAction"));
    QVERIFY(!exportChart->isEnabled()); // the ladder browser has no chart
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Salary bands")));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Salary bands"));
    QVERIFY(exportChart->isEnabled());
    auto *view = m_window->findChild<QChartView *>(QStringLiteral("bandChart"));
    QVERIFY(view->isVisible());
    const auto levelLabels = [view] {
        return qobject_cast<QCategoryAxis *>(view->chart()->axes(Qt::Vertical).constFirst())->categoriesLabels();
    };
    QCOMPARE(levelLabels().size(), 7);

    auto *overlay = m_window->findChild<QCheckBox *>(QStringLiteral("bandOverlay"));
    QTest::mouseClick(overlay, Qt::LeftButton, {}, QPoint(4, overlay->height() / 2));
    QVERIFY(overlay->isChecked());
    QCOMPARE(levelLabels().size(), 10); // Program Management, then Product Management on top
    QVERIFY(levelLabels().contains(QStringLiteral("Product · Principal Product Manager")));

    // The user's assumptions: off, then on with a click, saved in the plan and named in
    // the chart, with the bands scaled.
    QVERIFY(view->chart()->title().isEmpty());
    auto *location = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("locationFactor"));
    location->setFocus();
    QTest::keyClick(location, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(location, QStringLiteral("1.20"));
    auto *apply = m_window->findChild<QCheckBox *>(QStringLiteral("applyAssumptions"));
    QTest::mouseClick(apply, Qt::LeftButton, {}, QPoint(4, apply->height() / 2));
    QVERIFY(view->chart()->title().contains(QStringLiteral("adjusted by your assumptions")));
    QVERIFY(view->chart()->title().contains(QStringLiteral("×1.20")));
    QCOMPARE(
        queryValue(m_path, QStringLiteral("SELECT value FROM plan_info WHERE key = 'adjustment.enabled'")).toString(),
        QStringLiteral("1"));
    auto *firstBar = qobject_cast<QAreaSeries *>(view->chart()->series().constFirst());
    QCOMPARE(firstBar->upperSeries()->at(0).x(), 7'200'000.0); // APM's $60,000 x 1.20
    QTest::mouseClick(apply, Qt::LeftButton, {}, QPoint(4, apply->height() / 2));
    QVERIFY(view->chart()->title().isEmpty());

    // An edit in the ladder browser shows up in the chart.
    QString error;
    CareerLevel apm = m_window->session()->ladderStore().ladders()[0].levels[0];
    apm.title = QStringLiteral("APM");
    QVERIFY(m_window->session()->ladderStore().updateLevel(0, 0, apm, &error));
    QCOMPARE(levelLabels().constFirst(), QStringLiteral("Program · APM"));

    // So does a year of pay recorded on another page, at once: the chart marks the latest.
    const auto markers = [view] {
        QStringList names;
        for (QAbstractSeries *series : view->chart()->series()) {
            if (series->name().startsWith(QLatin1String("Your base pay")))
                names.append(series->name());
        }
        return names;
    };
    QVERIFY(markers().isEmpty()); // no pay recorded yet
    PayRecord year;
    year.year = 2025;
    year.base = 12'400'000;
    QVERIFY2(m_window->session()->payStore().saveRecord(year, &error), qPrintable(error));
    QCOMPARE(markers(), QStringList { QStringLiteral("Your base pay, 2025: $124K") });
}

void TestBandsPage::aMultiplierOutOfRangeIsRefusedNotCut()
{
    // Typing ×3 for a location (the range is ×0.50 to ×2.00) says so beside the box and
    // saves nothing; the plan keeps its multiplier until a value in range is typed.
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Salary bands")));
    auto *location = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("locationFactor"));
    auto *problem = m_window->findChild<QLabel *>(QStringLiteral("assumptionsProblem"));
    const auto saved = [this] {
        return queryValue(m_path, QStringLiteral("SELECT value FROM plan_info WHERE key = 'adjustment.location_bp'"));
    };
    const QVariant before = saved();
    location->setFocus();
    QTest::keyClick(location, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(location, QStringLiteral("3"));
    QCOMPARE(location->value(), 3.0); // as typed, not cut to 2.00
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("×0.50 to ×2.00")), qPrintable(problem->text()));
    QCOMPARE(saved(), before);
    QTest::keyClick(location, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(location, QStringLiteral("1.2"));
    QVERIFY(!problem->isVisible());
    QCOMPARE(saved().toInt(), 12000);
}

QTEST_MAIN(TestBandsPage)
#include "tst_bandspage.moc"
