#include "ui/pay/PayChart.h"

#include "ui/charts/ChartParts.h"
#include "core/pay/PayProjection.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QSet>
#include <QStackedBarSeries>

#include <optional>

namespace careerplanner {

namespace {

// The packages' years, all in currency, as one chart of stacked bars.
QChart *drawOne(const QList<PayPackage> &packages, const QList<QList<PayProjection::Year>> &projections, int years,
                const QString &currency, const QString &title, const QLocale &locale)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(title);

    struct Part
    {
        QString name;
        QColor colour;
        qint64 PayProjection::Year::*field;
    };
    const QList<Part> parts
        = { { QObject::tr("Base"), QColor(0x1e, 0x5a, 0xa8), &PayProjection::Year::base },
            { QObject::tr("Sign-on"), QColor(0xe9, 0xa2, 0x3b), &PayProjection::Year::signOn },
            { QObject::tr("Stock"), QColor(0x2a, 0x9d, 0x8f), &PayProjection::Year::stock },
            { QObject::tr("Refreshers"), QColor(0x8a, 0xc9, 0x26), &PayProjection::Year::refreshers },
            { QObject::tr("Bonus"), QColor(0x9b, 0x5d, 0xe5), &PayProjection::Year::bonus } };

    // One category per year and package: "Y1" over a short name for the package, its
    // first word when that tells the packages apart, else its first two.
    QStringList shortNames;
    for (const PayPackage &package : packages)
        shortNames.append(package.name.section(QLatin1Char(' '), 0, 0));
    if (QSet<QString>(shortNames.cbegin(), shortNames.cend()).size() < shortNames.size()) {
        for (int p = 0; p < packages.size(); ++p)
            shortNames[p] = packages.at(p).name.section(QLatin1Char(' '), 0, 1);
    }
    QStringList categories;
    QList<QBarSet *> sets;
    for (const Part &part : parts) {
        auto *set = new QBarSet(part.name);
        set->setColor(part.colour);
        set->setBorderColor(part.colour.darker(120));
        sets.append(set);
    }
    qint64 top = 0;
    for (int year = 0; year < years; ++year) {
        for (int p = 0; p < packages.size(); ++p) {
            const PayProjection::Year &figures = projections.at(p).at(year);
            categories.append(packages.size() > 1
                                  ? QObject::tr("Y%1<br>%2").arg(year + 1).arg(shortNames.at(p).toHtmlEscaped())
                                  : QObject::tr("Year %1").arg(year + 1));
            for (int i = 0; i < parts.size(); ++i)
                sets[i]->append(static_cast<double>(figures.*(parts.at(i).field)));
            top = std::max(top, figures.total());
        }
    }
    auto *series = new QStackedBarSeries;
    series->append(sets);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);

    QCategoryAxis *yAxis
        = ChartParts::moneyAxis(top, currency, locale, QObject::tr("Pay in the year (%1)").arg(currency));
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    return chart;
}

// A year's figures in another currency, part by part; empty without a rate.
std::optional<PayProjection::Year> converted(const PayProjection::Year &year, const QString &from, const QString &to,
                                             const CurrencyConverter &converter)
{
    PayProjection::Year result = year;
    for (qint64 PayProjection::Year::*part :
         { &PayProjection::Year::base, &PayProjection::Year::signOn, &PayProjection::Year::stock,
           &PayProjection::Year::refreshers, &PayProjection::Year::bonus }) {
        const auto amount = converter.convert(year.*part, from, to);
        if (!amount)
            return std::nullopt;
        result.*part = *amount;
    }
    return result;
}

} // namespace

QList<QChart *> PayChart::build(const QList<PayPackage> &packages, int years, const CurrencyConverter &converter,
                                const QLocale &locale)
{
    const QString title
        = packages.size() > 1 ? QObject::tr("Pay per year, package by package") : QObject::tr("Pay per year");
    QList<QList<PayProjection::Year>> projections;
    for (const PayPackage &package : packages)
        projections.append(PayProjection::project(package, years));
    if (packages.isEmpty())
        return { drawOne(packages, projections, years, QStringLiteral("USD"), title, locale) };

    // Every package in the display currency when the user's rates allow, the rates named.
    const QString display
        = converter.displayCurrency().isEmpty() ? packages.constFirst().currency : converter.displayCurrency();
    QList<QList<PayProjection::Year>> inDisplay = projections;
    QStringList rates;
    bool allConverted = true;
    for (int p = 0; p < packages.size() && allConverted; ++p) {
        const QString &from = packages.at(p).currency;
        if (from == display)
            continue;
        for (PayProjection::Year &year : inDisplay[p]) {
            const auto amount = converted(year, from, display, converter);
            allConverted = allConverted && amount.has_value();
            year = amount.value_or(year);
        }
        const QString rate = converter.rateText(from, display);
        if (!rates.contains(rate))
            rates.append(rate);
    }
    if (allConverted) {
        return { drawOne(packages, inDisplay, years, display, ChartParts::convertedTitle(title, display, rates),
                         locale) };
    }

    // Without a rate, one chart per currency, side by side: never one axis for two.
    QStringList currencies;
    for (const PayPackage &package : packages) {
        if (!currencies.contains(package.currency))
            currencies.append(package.currency);
    }
    QList<QChart *> charts;
    for (const QString &currency : currencies) {
        QList<PayPackage> group;
        QList<QList<PayProjection::Year>> groupYears;
        for (int p = 0; p < packages.size(); ++p) {
            if (packages.at(p).currency == currency) {
                group.append(packages.at(p));
                groupYears.append(projections.at(p));
            }
        }
        charts.append(
            drawOne(group, groupYears, years, currency, QObject::tr("Pay per year in %1").arg(currency), locale));
    }
    return charts;
}

} // namespace careerplanner
