#include "ui/path/EarningsChart.h"

#include "ui/charts/ChartParts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace careerplanner {

namespace {

const QColor Colours[3] = { QColor(0x1e, 0x5a, 0xa8), QColor(0xd9, 0x5d, 0x39), QColor(0x2a, 0x9d, 0x8f) };

QBarCategoryAxis *yearAxis(const QStringList &years)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(years);
    axis->setTitleText(QObject::tr("Year"));
    return axis;
}

} // namespace

QChart *EarningsChart::build(const QList<Path> &paths, const QString &currency, const QLocale &locale)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(paths.size() > 1 ? QObject::tr("Earnings since today, scenario by scenario")
                                     : QObject::tr("Expected pay along your path"));
    if (paths.isEmpty())
        return chart;
    // Bars need a category per year; lines alone read better on a year axis whose ticks
    // thin out to every 2 or 5 years when space is short.
    QAbstractAxis *xAxis = nullptr;
    const int firstYear = paths.constFirst().years.isEmpty() ? 0 : paths.constFirst().years.constFirst().year;
    if (paths.size() == 1) {
        QStringList years;
        for (const CareerEarnings::Year &year : paths.constFirst().years)
            years.append(QString::number(year.year));
        xAxis = yearAxis(years);
    } else {
        auto *valueAxis = new QValueAxis;
        const int count = static_cast<int>(paths.constFirst().years.size());
        valueAxis->setRange(firstYear, firstYear + std::max(1, count - 1));
        valueAxis->setLabelFormat(QStringLiteral("%d"));
        valueAxis->setTickType(QValueAxis::TicksDynamic);
        valueAxis->setTickAnchor(firstYear);
        valueAxis->setTickInterval(count > 12 ? 5 : count > 6 ? 2 : 1);
        valueAxis->setTitleText(QObject::tr("Year"));
        xAxis = valueAxis;
    }
    chart->addAxis(xAxis, Qt::AlignBottom);

    qint64 topTotal = 0;
    qint64 topYear = 0;
    for (const Path &path : paths) {
        for (const CareerEarnings::Year &year : path.years) {
            topTotal = std::max(topTotal, year.cumulative);
            topYear = std::max(topYear, year.pay);
        }
    }
    QCategoryAxis *totalAxis
        = ChartParts::moneyAxis(topTotal, currency, locale, QObject::tr("Earned since today (%1)").arg(currency));
    chart->addAxis(totalAxis, paths.size() > 1 ? Qt::AlignLeft : Qt::AlignRight);

    if (paths.size() == 1) {
        auto *set = new QBarSet(QObject::tr("Pay in the year"));
        set->setColor(QColor(0x9c, 0xc5, 0xff));
        set->setBorderColor(QColor(0x6a, 0x9c, 0xd8));
        for (const CareerEarnings::Year &year : paths.constFirst().years)
            set->append(static_cast<double>(year.pay));
        auto *bars = new QBarSeries;
        bars->append(set);
        QCategoryAxis *yearPayAxis
            = ChartParts::moneyAxis(topYear, currency, locale, QObject::tr("Pay in the year (%1)").arg(currency));
        chart->addAxis(yearPayAxis, Qt::AlignLeft);
        ChartParts::attach(chart, bars, xAxis, yearPayAxis);
    }
    for (int p = 0; p < paths.size(); ++p) {
        auto *line = new QLineSeries;
        line->setName(paths.size() > 1 ? paths.at(p).name : QObject::tr("Running total"));
        QPen pen(Colours[p % 3]);
        pen.setWidthF(2.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        // On the category axis a point sits at its index; on the year axis, at its year.
        const int offset = paths.size() == 1 ? 0 : firstYear;
        for (int i = 0; i < paths.at(p).years.size(); ++i)
            line->append(offset + i, static_cast<double>(paths.at(p).years.at(i).cumulative));
        ChartParts::attach(chart, line, xAxis, totalAxis);
    }
    return chart;
}

QChart *EarningsChart::fan(const CareerSimulation::Result &result, const QString &currency, const QLocale &locale)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(QObject::tr("Earnings since today across %L1 simulated careers").arg(result.runs));
    auto *low = new QLineSeries;
    auto *median = new QLineSeries;
    auto *high = new QLineSeries;
    double top = 0;
    const int years = static_cast<int>(result.cumulativeByYear.size());
    for (int y = 0; y < years; ++y) {
        const CareerSimulation::Percentiles &p = result.cumulativeByYear.at(y);
        low->append(y + 1, p.p10);
        median->append(y + 1, p.p50);
        high->append(y + 1, p.p90);
        top = std::max(top, p.p90);
    }
    auto *xAxis = new QValueAxis;
    xAxis->setRange(1, std::max(2, years));
    xAxis->setLabelFormat(QStringLiteral("%d"));
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(1);
    xAxis->setTickInterval(years > 12 ? 2 : 1);
    xAxis->setTitleText(QObject::tr("Years from today"));
    QCategoryAxis *yAxis = ChartParts::moneyAxis(static_cast<qint64>(top), currency, locale,
                                                 QObject::tr("Earned since today (%1)").arg(currency));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    auto *band = new QAreaSeries(high, low);
    // An area series does not own its edges; the band takes them, as ChartParts does.
    high->setParent(band);
    low->setParent(band);
    band->setName(QObject::tr("8 in 10 careers (P10 to P90)"));
    QColor fill = Colours[0];
    fill.setAlpha(60);
    band->setColor(fill);
    band->setBorderColor(fill);
    ChartParts::attach(chart, band, xAxis, yAxis);
    median->setName(QObject::tr("Median (P50)"));
    QPen pen(Colours[0]);
    pen.setWidthF(2.5);
    median->setPen(pen);
    ChartParts::attach(chart, median, xAxis, yAxis);
    return chart;
}

} // namespace careerplanner
