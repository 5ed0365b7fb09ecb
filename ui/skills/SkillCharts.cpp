#include "ui/skills/SkillCharts.h"

#include "core/skills/SkillCsv.h"
#include "ui/charts/ChartParts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

namespace careerplanner {

namespace {

QValueAxis *proficiencyAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 5);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(QObject::tr("Proficiency (1-5)"));
    return axis;
}

double msecs(const QDate &date)
{
    return static_cast<double>(date.startOfDay().toMSecsSinceEpoch());
}

} // namespace

QChart *SkillCharts::progress(const Goal *goal, const QString &skillName)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (!goal) {
        chart->setTitle(QObject::tr("Choose a goal to see its progress"));
        return chart;
    }
    chart->setTitle(QObject::tr("%1: your ratings against the target").arg(skillName));
    auto *ratings = new QLineSeries;
    ratings->setName(QObject::tr("Your self-rating"));
    QPen pen(QColor(0x1e, 0x5a, 0xa8));
    pen.setWidthF(2.5);
    ratings->setPen(pen);
    ratings->setPointsVisible(true);
    QDate first = QDate::currentDate();
    QDate last = goal->dueDate.isValid() ? goal->dueDate : first;
    for (const CheckIn &checkIn : goal->checkIns) {
        ratings->append(msecs(checkIn.date), checkIn.proficiency);
        first = std::min(first, checkIn.date);
        last = std::max(last, checkIn.date);
    }
    first = first.addDays(-14);
    last = last.addDays(14);
    auto *target = new QLineSeries;
    target->setName(goal->dueDate.isValid() ? QObject::tr("Target %1 by %2")
                                                  .arg(goal->target)
                                                  .arg(QLocale().toString(goal->dueDate, QLocale::ShortFormat))
                                            : QObject::tr("Target %1").arg(goal->target));
    QPen targetPen(QColor(0xc0, 0x39, 0x2b));
    targetPen.setWidthF(2);
    targetPen.setStyle(Qt::DashLine);
    target->setPen(targetPen);
    target->append(msecs(first), goal->target);
    target->append(msecs(last), goal->target);

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("MMM yyyy"));
    xAxis->setTitleText(QObject::tr("Check-in date"));
    xAxis->setRange(first.startOfDay(), last.startOfDay());
    xAxis->setTickCount(5);
    QValueAxis *yAxis = proficiencyAxis();
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QLineSeries *series : { target, ratings }) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    return chart;
}

QChart *SkillCharts::gaps(const QList<SkillReadiness::Gap> &gaps, const QList<Skill> &skills, const QString &levelTitle)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (levelTitle.isEmpty() || gaps.isEmpty()) {
        chart->setTitle(levelTitle.isEmpty() ? QObject::tr("Set up your path to see the gaps for your next level")
                                             : QObject::tr("No skill expectations are set for %1").arg(levelTitle));
        return chart;
    }
    chart->setTitle(QObject::tr("Skill gaps for %1, largest first").arg(levelTitle));
    auto *expected = new QBarSet(QObject::tr("Expected at %1").arg(levelTitle));
    expected->setColor(QColor(0xb0, 0xc4, 0xde));
    auto *current = new QBarSet(QObject::tr("You now (latest check-in)"));
    current->setColor(QColor(0x1e, 0x5a, 0xa8));
    QStringList categories;
    // Horizontal bars run bottom-up, so the largest gap goes in last to sit on top.
    for (auto it = gaps.crbegin(); it != gaps.crend(); ++it) {
        const QString name = SkillCsv::skillName(skills, it->skillKey);
        categories.append(it->gap() > 0 ? QObject::tr("%1 (gap %2)").arg(name).arg(it->gap()) : name);
        expected->append(it->expected);
        current->append(it->current);
    }
    ChartParts::horizontalBars(chart, { expected, current }, categories, proficiencyAxis());
    return chart;
}

} // namespace careerplanner
