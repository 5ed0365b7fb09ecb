#include "ui/applications/StatusFunnelChart.h"

#include "ui/charts/ChartParts.h"

#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QValueAxis>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StatusFunnelChart", text);
}

} // namespace

QList<int> StatusFunnelChart::reached(const QList<JobApplication> &applications)
{
    const QList<JobApplication::Status> statuses = JobApplication::statuses();
    QList<int> counts(statuses.size(), 0);
    for (const JobApplication &application : applications) {
        // Accepted went through the offer; a rejection or withdrawal could come at any point.
        const auto furthest = application.status == JobApplication::Status::Accepted ? JobApplication::Status::Offer
                              : application.isOpen()                                 ? application.status
                                                     : JobApplication::Status::Prospective;
        for (int i = 0; i < statuses.size(); ++i) {
            const bool onTheWay = statuses.at(i) <= furthest && statuses.at(i) < JobApplication::Status::Accepted;
            counts[i] += onTheWay || statuses.at(i) == application.status ? 1 : 0;
        }
    }
    return counts;
}

QChart *StatusFunnelChart::build(const QList<JobApplication> &applications)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(tr("Applications by how far they got"));
    auto *set = new QBarSet(tr("Applications"));
    set->setColor(QColor(0x1e, 0x5a, 0xa8));
    const QList<JobApplication::Status> statuses = JobApplication::statuses();
    const QList<int> counts = reached(applications);
    QStringList categories;
    // Horizontal bars run bottom-up: the first status goes in last, on top.
    for (auto i = statuses.size() - 1; i >= 0; --i) {
        categories.append(JobApplication::statusName(statuses.at(i)));
        set->append(counts.at(i));
    }
    const int reach = std::max(1, *std::max_element(counts.cbegin(), counts.cend()));
    // A tick per application up to ten; beyond, five steps of a whole number each.
    const int top = reach <= 10 ? reach : (reach + 4) / 5 * 5;
    auto *xAxis = new QValueAxis;
    xAxis->setRange(0, top);
    xAxis->setTickCount(reach <= 10 ? top + 1 : 6);
    xAxis->setLabelFormat(QStringLiteral("%d"));
    xAxis->setTitleText(tr("Applications (count)"));
    ChartParts::horizontalBars(chart, { set }, categories, xAxis);
    return chart;
}

} // namespace careerplanner
