#include "ui/path/PathTimelineChart.h"

#include "core/path/PathValidator.h"

#include <QCategoryAxis>
#include <QChart>
#include <QValueAxis>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>

#include <algorithm>

namespace careerplanner {

namespace {

// Time as a fractional year (2026.5 is about 2 July 2026), so that ticks can sit exactly
// on whole years.
qreal when(const QDate &date)
{
    return date.year() + static_cast<qreal>(date.dayOfYear() - 1) / date.daysInYear();
}

// A marker's tool tip: its milestone, or the first few of the week's and how many more.
QString markerTip(const QStringList &milestones)
{
    constexpr int Shown = 6;
    if (milestones.size() == 1)
        return milestones.constFirst();
    QString tip = QObject::tr("%1 milestones this week").arg(milestones.size());
    for (int i = 0; i < std::min<int>(Shown, milestones.size()); ++i)
        tip += QStringLiteral("\n\n") + milestones.at(i);
    if (milestones.size() > Shown)
        tip += QStringLiteral("\n\n") + QObject::tr("and %1 more").arg(milestones.size() - Shown);
    return tip;
}

const QColor LineColours[3] = { QColor(0x1e, 0x5a, 0xa8), QColor(0xd9, 0x5d, 0x39), QColor(0x2a, 0x9d, 0x8f) };

} // namespace

PathTimelineChart::Result PathTimelineChart::build(const Options &options, const QList<CareerLadder> &ladders)
{
    Result result;
    auto *chart = new QChart;
    result.chart = chart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(options.scenarios.size() > 1 ? QObject::tr("Level over time, scenario by scenario")
                                                 : QObject::tr("Your path: level over time"));

    // The y axis lists the levels of the first scenario's ladder, lowest at the bottom.
    const CareerLadder *ladder = nullptr;
    if (!options.scenarios.isEmpty() && !options.scenarios.constFirst()->steps.isEmpty()) {
        const QString name = options.scenarios.constFirst()->steps.constFirst().ladderName;
        for (const CareerLadder &l : ladders) {
            if (l.name == name)
                ladder = &l;
        }
    }
    const auto position = [&](const QString &ladderName, const QString &title) {
        int at = -1;
        if (ladder && ladderName == ladder->name && PathValidator::findLevel(ladders, ladderName, title, &at))
            return at;
        return -1;
    };
    // One row for each level a path or a promotion passes through, in ladder order: a level
    // the paths skip gets no row, so each step's milestones are drawn just below its own.
    QList<int> shown;
    const auto show = [&](const QString &ladderName, const QString &title) {
        const int at = position(ladderName, title);
        if (at >= 0 && !shown.contains(at))
            shown.append(at);
    };
    for (const Scenario *scenario : options.scenarios) {
        for (const PathStep &step : scenario->steps)
            show(step.ladderName, step.levelTitle);
    }
    for (const Promotion &promotion : options.promotions)
        show(promotion.ladderName, promotion.levelTitle);
    std::sort(shown.begin(), shown.end());
    const auto rank = [&](const QString &ladderName, const QString &title) -> double {
        return shown.indexOf(position(ladderName, title)); // -1 when not on the ladder shown
    };

    QDate first = options.today;
    QDate last = options.today;
    int lowRank = 1000;
    int highRank = -1;
    const auto stretch = [&](const QDate &date, double r) {
        first = std::min(first, date);
        last = std::max(last, date);
        if (r >= 0) {
            lowRank = std::min(lowRank, static_cast<int>(r));
            highRank = std::max(highRank, static_cast<int>(r));
        }
    };

    QList<QAbstractSeries *> series;
    for (int s = 0; s < options.scenarios.size(); ++s) {
        const Scenario &scenario = *options.scenarios.at(s);
        auto *line = new QLineSeries;
        line->setName(options.scenarios.size() > 1 ? scenario.name : QObject::tr("Planned path"));
        QPen pen(LineColours[s % 3]);
        pen.setWidthF(2.5);
        line->setPen(pen);
        for (int i = 0; i < scenario.steps.size(); ++i) {
            const PathStep &step = scenario.steps.at(i);
            const double r = rank(step.ladderName, step.levelTitle);
            if (i > 0)
                line->append(when(step.targetDate), line->at(line->count() - 1).y());
            line->append(when(step.targetDate), r);
            stretch(step.targetDate, r);
        }
        // The top level is held on: draw it a few years past its date.
        if (!scenario.steps.isEmpty()) {
            const QDate end = scenario.steps.constLast().targetDate.addYears(3);
            line->append(when(end), line->at(line->count() - 1).y());
            stretch(end, -1);
        }
        series.append(line);
    }

    if (!options.promotions.isEmpty()) {
        auto *actual = new QLineSeries;
        actual->setName(QObject::tr("What happened"));
        QPen pen(QColor(0x33, 0x33, 0x33));
        pen.setWidthF(3.5);
        pen.setStyle(Qt::DotLine);
        actual->setPen(pen);
        for (int i = 0; i < options.promotions.size(); ++i) {
            const Promotion &promotion = options.promotions.at(i);
            const double r = rank(promotion.ladderName, promotion.levelTitle);
            if (r < 0)
                continue;
            if (actual->count() > 0)
                actual->append(when(promotion.date), actual->at(actual->count() - 1).y());
            actual->append(when(promotion.date), r);
            stretch(promotion.date, r);
        }
        if (actual->count() > 0)
            actual->append(when(options.today), actual->at(actual->count() - 1).y());
        series.append(actual);
    }

    // Milestones of the first scenario, half a level below the step they lead to: one
    // marker per step, kind and week (a week is under a pixel on a timeline of years, and
    // a plan with thousands of milestones would otherwise draw thousands of markers).
    if (options.showMilestones && !options.scenarios.isEmpty()) {
        struct Group
        {
            QString name;
            QColor colour;
            QScatterSeries *series = nullptr;
            QList<QStringList> lines; // per marker, its milestones
            QHash<QPair<qint64, int>, int> markers; // (week's Monday, step) -> marker
        };
        Group groups[3] = { { QObject::tr("Milestone done"), QColor(0x2e, 0x7d, 0x32), nullptr, {}, {} },
                            { QObject::tr("Milestone open"), QColor(0x9e, 0x9e, 0x9e), nullptr, {}, {} },
                            { QObject::tr("Milestone overdue"), QColor(0xc6, 0x28, 0x28), nullptr, {}, {} } };
        for (Group &group : groups) {
            group.series = new QScatterSeries;
            group.series->setName(group.name);
            group.series->setColor(group.colour);
            group.series->setBorderColor(group.colour.darker(130));
            group.series->setMarkerSize(9);
        }
        const Scenario &scenario = *options.scenarios.constFirst();
        for (int s = 0; s < scenario.steps.size(); ++s) {
            const PathStep &step = scenario.steps.at(s);
            const double r = rank(step.ladderName, step.levelTitle);
            for (const Milestone &milestone : step.milestones) {
                if (!milestone.dueDate.isValid() || milestone.status == Milestone::Status::Dropped || r < 0)
                    continue;
                Group &group = milestone.status == Milestone::Status::Done ? groups[0]
                               : milestone.isOverdue(options.today)        ? groups[2]
                                                                           : groups[1];
                const QDate at = milestone.status == Milestone::Status::Done && milestone.completedDate.isValid()
                                     ? milestone.completedDate
                                     : milestone.dueDate;
                const QPair<qint64, int> key(at.addDays(1 - at.dayOfWeek()).toJulianDay(), s);
                auto marker = group.markers.constFind(key);
                if (marker == group.markers.cend()) {
                    marker = group.markers.insert(key, static_cast<int>(group.lines.size()));
                    group.series->append(when(at), r - 0.5);
                    group.lines.append(QStringList());
                    stretch(at, -1);
                    ++result.milestoneMarkers;
                }
                group.lines[*marker].append(QObject::tr("%1\n%2, due %3")
                                                .arg(milestone.title, Milestone::statusToDisplayName(milestone.status),
                                                     QLocale().toString(milestone.dueDate, QLocale::ShortFormat)));
            }
        }
        for (Group &group : groups) {
            if (group.series->count() == 0) {
                delete group.series;
                continue;
            }
            QStringList tips;
            for (const QStringList &lines : std::as_const(group.lines))
                tips.append(markerTip(lines));
            result.pointTips.insert(group.series, tips);
            series.append(group.series);
        }
    }

    if (highRank < 0) {
        lowRank = 0;
        highRank = 0;
    }
    auto *today = new QLineSeries;
    today->setName(QObject::tr("Today"));
    QPen todayPen(QColor(0xe9, 0xa2, 0x3b));
    todayPen.setWidthF(2);
    todayPen.setStyle(Qt::DashLine);
    today->setPen(todayPen);
    today->append(when(options.today), lowRank - 1);
    today->append(when(options.today), highRank + 0.5);
    series.append(today);

    auto *xAxis = new QValueAxis;
    xAxis->setLabelFormat(QStringLiteral("%d"));
    xAxis->setTitleText(QObject::tr("Year"));
    // Ticks fall on 1 January: the range is a whole number of 1-, 2- or 5-year steps.
    const int fromYear = options.fromYear > 0 ? options.fromYear : first.year();
    const int toYear = std::max(fromYear + 1, options.toYear > 0 ? options.toYear + 1 : last.year() + 1);
    int stepYears = 1;
    for (int candidate : { 1, 2, 5, 10 }) {
        stepYears = candidate;
        if ((toYear - fromYear + candidate - 1) / candidate <= options.mostYearLabels)
            break;
    }
    const int steps = (toYear - fromYear + stepYears - 1) / stepYears;
    xAxis->setRange(fromYear, fromYear + steps * stepYears);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(fromYear);
    xAxis->setTickInterval(stepYears);
    auto *yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    yAxis->setRange(lowRank - 1, highRank + 0.5);
    yAxis->setStartValue(lowRank - 1);
    for (int r = lowRank; r <= highRank && r < shown.size(); ++r)
        yAxis->append(ladder->levels.at(shown.at(r)).title, r);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *item : series) {
        chart->addSeries(item);
        item->attachAxis(xAxis);
        item->attachAxis(yAxis);
    }
    return result;
}

} // namespace careerplanner
