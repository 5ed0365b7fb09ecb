// The salary-band chart's content, and charts saved as PNG and SVG.
#include "ui/charts/BandChartBuilder.h"
#include "ui/charts/ChartExporter.h"
#include "core/ladders/ReferenceLadders.h"
#include "TestFiles.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QImage>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

class TestBandChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneBarPerBandInLadderOrder();
    void openBandsAreFlaggedNotCapped();
    void aLadderWithoutBandsGetsASentenceNotAnAxis();
    void overlayAndPayMarkers();
    void marketBoxesSpanTheirPercentiles();
    void currencyAxisIsCompact();
    void exportsHaveTheRequestedSize_data();
    void exportsHaveTheRequestedSize();
    void exportRefusesBadRequests();

private:
    QList<CareerLadder> m_ladders;
};

void TestBandChart::initTestCase()
{
    QString error;
    QVERIFY(ReferenceLadders::load(&m_ladders, &error));
}

void TestBandChart::oneBarPerBandInLadderOrder()
{
    BandChartBuilder::Options options;
    options.ladders = { &m_ladders[0] };
    options.locale = QLocale(QStringLiteral("en_US"));
    const BandChartBuilder::Result result = BandChartBuilder::build(options);
    std::unique_ptr<QChart> chart(result.chart);
    QCOMPARE(result.barCount, 7); // one base band per Program Management level
    auto *levels = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
    QVERIFY(levels);
    QCOMPARE(levels->categoriesLabels().size(), 7);
    QCOMPARE(levels->categoriesLabels().constFirst(), QStringLiteral("Associate Program Manager")); // bottom
    QCOMPARE(levels->categoriesLabels().constLast(), QStringLiteral("Chief Program Officer"));
    // The bar of the first level spans its band: $60,000 to $120,000.
    auto *bar = qobject_cast<QAreaSeries *>(chart->series().constFirst());
    QVERIFY(bar);
    QCOMPARE(bar->upperSeries()->at(0).x(), 6'000'000.0);
    QCOMPARE(bar->upperSeries()->at(1).x(), 12'000'000.0);
    QVERIFY(result.toolTips.value(bar).contains(QStringLiteral("$60,000 – $120,000")));
    QVERIFY(result.toolTips.value(bar).contains(QStringLiteral("000_10e17e3ef09caadb.txt")));
}

void TestBandChart::aLadderWithoutBandsGetsASentenceNotAnAxis()
{
    CareerLadder own;
    own.name = QStringLiteral("My company");
    CareerLevel level;
    level.title = QStringLiteral("Program Manager 2");
    own.levels = { level };
    BandChartBuilder::Options options;
    options.ladders = { &own };
    options.locale = QLocale(QStringLiteral("en_US"));
    const BandChartBuilder::Result result = BandChartBuilder::build(options);
    std::unique_ptr<QChart> chart(result.chart);
    QCOMPARE(result.barCount, 0);
    QVERIFY(chart->axes().isEmpty());
    QVERIFY(chart->series().isEmpty());
    QVERIFY(chart->title().contains(QStringLiteral("No salary bands on this ladder yet")));
}

void TestBandChart::openBandsAreFlaggedNotCapped()
{
    BandChartBuilder::Options options;
    options.ladders = { &m_ladders[1] };
    options.locale = QLocale(QStringLiteral("en_US"));
    const BandChartBuilder::Result result = BandChartBuilder::build(options);
    std::unique_ptr<QChart> chart(result.chart);
    QCOMPARE(result.barCount, 6); // base and total for 3 Product Management levels
    QCOMPARE(result.openEndedCount, 2); // Principal: $200,000+ and $300,000+
    // Each open band gets a fading extension past its top, never a plain bar ending there.
    int fades = 0;
    for (QAbstractSeries *series : chart->series()) {
        auto *area = qobject_cast<QAreaSeries *>(series);
        if (area && area->brush().gradient()) {
            ++fades;
            QVERIFY(result.toolTips.value(area).contains(QStringLiteral("open-ended")));
        }
    }
    QCOMPARE(fades, 2);
}

void TestBandChart::overlayAndPayMarkers()
{
    BandChartBuilder::Options options;
    options.ladders = { &m_ladders[0], &m_ladders[1] };
    options.myBase = 12'400'000;
    options.myTotal = 15'050'000;
    options.myPayYear = QStringLiteral("2025");
    options.locale = QLocale(QStringLiteral("en_US"));
    const BandChartBuilder::Result result = BandChartBuilder::build(options);
    std::unique_ptr<QChart> chart(result.chart);
    QCOMPARE(result.barCount, 13);
    QCOMPARE(result.markerCount, 2);
    auto *levels = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
    QCOMPARE(levels->categoriesLabels().size(), 10);
    QVERIFY(levels->categoriesLabels().contains(QStringLiteral("Product · Senior Product Manager")));
    QStringList names;
    for (QAbstractSeries *series : chart->series()) {
        if (qobject_cast<QLineSeries *>(series) && !qobject_cast<QAreaSeries *>(series))
            names.append(series->name());
    }
    QVERIFY(names.contains(QStringLiteral("Your base pay, 2025: $124K")));
    QVERIFY(names.contains(QStringLiteral("Your total pay, 2025: $150.5K")));

    // Base bands only: no total bands to read a total-pay marker against.
    options.showTotal = false;
    const BandChartBuilder::Result baseOnly = BandChartBuilder::build(options);
    delete baseOnly.chart;
    QCOMPARE(baseOnly.markerCount, 1);
}

void TestBandChart::marketBoxesSpanTheirPercentiles()
{
    BandChartBuilder::Options options;
    options.ladders = { &m_ladders[0] };
    options.showTotal = false;
    options.locale = QLocale(QStringLiteral("en_US"));
    // Five base pays of Program Manager (level 1); four of Senior Program Manager, too few.
    const QList<qint64> five { 14'000'000, 10'000'000, 12'000'000, 11'000'000, 13'000'000 };
    options.market.insert({ 0, 1 }, { Percentiles::summarize(five), {} });
    options.market.insert({ 0, 2 }, { Percentiles::summarize({ 1, 2, 3, 4 }), {} });
    options.marketCurrency = QStringLiteral("USD");
    const BandChartBuilder::Result result = BandChartBuilder::build(options);
    std::unique_ptr<QChart> chart(result.chart);
    QCOMPARE(result.boxCount, 1);

    // By hand, PERCENTILE.INC of $100K … $140K: P10 at rank 0.4 is $104K, P25 $110K, the
    // median $120K, P75 $130K, P90 at rank 3.6 $136K.
    QAreaSeries *box = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (series->name().startsWith(QStringLiteral("Market reports")))
            box = qobject_cast<QAreaSeries *>(series);
    }
    QVERIFY(box);
    QCOMPARE(box->upperSeries()->at(0).x(), 11'000'000.0);
    QCOMPARE(box->upperSeries()->at(1).x(), 13'000'000.0);
    // It sits in Program Manager's row (the second from the bottom, from 0.5 to 1.5).
    QVERIFY(box->upperSeries()->at(0).y() > 0.5 && box->upperSeries()->at(0).y() < 1.5);
    const QString tip = result.toolTips.value(box);
    QVERIFY2(tip.contains(QStringLiteral("Program Manager, base")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Market reports: 5")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("P10 $104K")) && tip.contains(QStringLiteral("median $120K"))
                 && tip.contains(QStringLiteral("P90 $136K")),
             qPrintable(tip));
    // The whiskers reach P10 and P90, and the count is written beside them.
    bool whiskers = false, count = false;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series); line && line->count() == 6)
            whiskers = line->at(0).x() == 10'400'000.0 && line->at(3).x() == 13'600'000.0;
        if (auto *label = qobject_cast<QScatterSeries *>(series))
            count = count || label->pointLabelsFormat() == QStringLiteral("n 5");
    }
    QVERIFY(whiskers);
    QVERIFY(count);

    // Without reports, no box.
    options.market.clear();
    const BandChartBuilder::Result plain = BandChartBuilder::build(options);
    std::unique_ptr<QChart> plainChart(plain.chart);
    QCOMPARE(plain.boxCount, 0);
}

void TestBandChart::currencyAxisIsCompact()
{
    BandChartBuilder::Options options;
    options.ladders = { &m_ladders[0] };
    options.locale = QLocale(QStringLiteral("en_US"));
    const BandChartBuilder::Result result = BandChartBuilder::build(options);
    std::unique_ptr<QChart> chart(result.chart);
    auto *money = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).constFirst());
    QVERIFY(money);
    QVERIFY(money->categoriesLabels().contains(QStringLiteral("$100K")));
    QVERIFY(money->titleText().contains(QStringLiteral("USD")));
    // The axis reaches past the highest figure ($400,000+) to leave room for its fade.
    QVERIFY(money->max() > 40'000'000.0);
    QCOMPARE(BandChartBuilder::niceStep(60'000'000), 10'000'000);
}

void TestBandChart::exportsHaveTheRequestedSize_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QSize>("size");
    QTest::newRow("png") << "bands.png" << QSize(1200, 700);
    QTest::newRow("smallest png") << "small.png" << QSize(ChartExporter::MinimumSide, ChartExporter::MinimumSide);
    QTest::newRow("svg") << "bands.svg" << QSize(1000, 600);
}

void TestBandChart::exportsHaveTheRequestedSize()
{
    QFETCH(QString, fileName);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    BandChartBuilder::Options options;
    options.ladders = { &m_ladders[0] };
    const BandChartBuilder::Result result = BandChartBuilder::build(options);
    std::unique_ptr<QChart> chart(result.chart);
    const QString path = dir.filePath(fileName);
    QString error;
    QVERIFY2(ChartExporter::save(chart.get(), path, size, &error), qPrintable(error));
    if (fileName.endsWith(QLatin1String(".png"))) {
        QImage image(path);
        QCOMPARE(image.size(), size);
        // Not blank: the bars' blue is there (allowing for antialiased edges).
        int blue = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                blue += qAbs(c.red() - 0x1e) < 24 && qAbs(c.green() - 0x5a) < 24 && qAbs(c.blue() - 0xa8) < 24;
            }
        }
        QVERIFY2(blue > 100, qPrintable(QString::number(blue)));
    } else {
        const QByteArray svg = testfiles::readBytes(path);
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains(QStringLiteral("viewBox=\"0 0 %1 %2\"").arg(size.width()).arg(size.height()).toUtf8()));
        QVERIFY(svg.contains("Associate Program Manager"));
        QVERIFY(svg.size() > 10'000);
    }
}

void TestBandChart::exportRefusesBadRequests()
{
    QTemporaryDir dir;
    BandChartBuilder::Options options;
    options.ladders = { &m_ladders[0] };
    std::unique_ptr<QChart> chart(BandChartBuilder::build(options).chart);
    QString error;
    QVERIFY(!ChartExporter::save(chart.get(), dir.filePath(QStringLiteral("chart.jpg")), QSize(800, 600), &error));
    QVERIFY(error.contains(QStringLiteral(".png or .svg")));
    QVERIFY(!ChartExporter::save(chart.get(), dir.filePath(QStringLiteral("chart.png")),
                                 QSize(ChartExporter::MinimumSide - 1, 600), &error));
    QVERIFY(error.contains(QStringLiteral("pixels")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("chart.png"))));
}

QTEST_MAIN(TestBandChart)
#include "tst_bandchart.moc"
