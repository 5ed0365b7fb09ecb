#include "ui/pay/PayHistoryChart.h"

#include "ui/charts/ChartParts.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QSet>

namespace careerplanner {

const CareerLevel *PayHistoryChart::levelHeld(const PayRecord &record, const QList<CareerLadder> &ladders)
{
    for (const CareerLadder &ladder : ladders) {
        if (ladder.name != record.ladderName)
            continue;
        for (const CareerLevel &level : ladder.levels) {
            if (level.title == record.levelTitle)
                return &level;
        }
    }
    return nullptr;
}

QChart *PayHistoryChart::build(const QList<PayRecord> &history, const QList<CareerLadder> &ladders,
                               const CurrencyConverter &converter, QString *problem, const QLocale &locale)
{
    problem->clear();
    const QString currency = !converter.displayCurrency().isEmpty() ? converter.displayCurrency()
                             : history.isEmpty()                    ? QStringLiteral("USD")
                                                                    : history.constLast().currency;
    const auto say = [problem](const QString &text) {
        if (problem->isEmpty())
            *problem = text;
    };
    auto *chart = new QChart;
    chart->setTitle(QObject::tr("Your pay against the band of the level you held"));
    QStringList rates; // the rates used, named in the title
    const auto used = [&](const QString &from) {
        const QString rate = converter.rateText(from, currency);
        if (from != currency && !rates.contains(rate))
            rates.append(rate);
    };
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QColor colours[2] = { QColor(0x1e, 0x5a, 0xa8), QColor(0x2a, 0x9d, 0x8f) }; // base, total

    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    QList<QAbstractSeries *> series; // attached once the money axis knows its reach
    const auto attach = [&series](QAbstractSeries *item) { series.append(item); };

    auto *basePay = new QLineSeries;
    basePay->setName(QObject::tr("Your base pay"));
    auto *totalPay = new QLineSeries;
    totalPay->setName(QObject::tr("Your total pay"));
    qint64 top = 0;
    bool bandLegend[2] = { false, false };
    QSet<QAbstractSeries *> legendShown;
    for (int i = 0; i < history.size(); ++i) {
        const PayRecord &record = history.at(i);
        xAxis->append(QString::number(record.year), i + 0.5);
        const auto base = converter.convert(record.base, record.currency, currency);
        const auto total = converter.convert(record.total(), record.currency, currency);
        if (!base || !total) {
            say(QObject::tr("Pay in %1 is in %2 and the chart in %3: add an exchange rate to draw it.")
                    .arg(record.year)
                    .arg(record.currency, currency));
            continue;
        }
        used(record.currency);
        basePay->append(i, static_cast<double>(*base));
        totalPay->append(i, static_cast<double>(*total));
        top = std::max(top, *total);
        const CareerLevel *level = levelHeld(record, ladders);
        if (!level)
            continue;
        for (int k = 0; k < 2; ++k) {
            const auto stated = level->band(k == 0 ? SalaryBand::Kind::Base : SalaryBand::Kind::TotalCompensation);
            if (!stated)
                continue;
            const auto band = stated->convertedTo(currency, converter);
            if (!band) {
                say(CurrencyConverter::missingRateText(QObject::tr("Pay"), currency, QObject::tr("the band"),
                                                       stated->currency));
                continue;
            }
            used(stated->currency);
            const double low = static_cast<double>(band->minimum);
            const double high = static_cast<double>(band->maximum.value_or(band->minimum));
            top = std::max(top, band->maximum.value_or(band->minimum) * 5 / 4);
            QColor fill = colours[k];
            fill.setAlpha(55);
            QAreaSeries *column = ChartParts::rectangle(i - 0.3, i + 0.3, low, high);
            column->setColor(fill);
            column->setBorderColor(fill.darker(110));
            column->setName(k == 0 ? QObject::tr("Base band of the level held")
                                   : QObject::tr("Total-compensation band of the level held"));
            attach(column);
            if (!bandLegend[k])
                legendShown.insert(column);
            bandLegend[k] = true;
            if (band->openEnded) {
                QAreaSeries *extension = ChartParts::rectangle(i - 0.3, i + 0.3, high, high + (high - low) * 0.35 + 1);
                extension->setBrush(ChartParts::fade(fill, Qt::Vertical));
                extension->setPen(Qt::NoPen);
                attach(extension);
            }
        }
    }
    for (int k = 0; k < 2; ++k) {
        QLineSeries *line = k == 0 ? basePay : totalPay;
        QPen pen(colours[k]);
        pen.setWidthF(2.5);
        pen.setStyle(k == 0 ? Qt::SolidLine : Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(true);
        attach(line);
    }

    chart->setTitle(ChartParts::convertedTitle(chart->title(), currency, rates));
    xAxis->setStartValue(-0.5);
    xAxis->setRange(-0.5, history.isEmpty() ? 0.5 : history.size() - 0.5);
    QCategoryAxis *yAxis
        = ChartParts::moneyAxis(top, currency, locale, QObject::tr("Pay in the year (%1)").arg(currency));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *item : std::as_const(series)) {
        ChartParts::attach(chart, item, xAxis, yAxis);
        // Legend entries exist once a series is in the chart: one per band kind.
        if (auto *area = qobject_cast<QAreaSeries *>(item))
            chart->legend()->markers(area).constFirst()->setVisible(legendShown.contains(area));
    }
    return chart;
}

} // namespace careerplanner
