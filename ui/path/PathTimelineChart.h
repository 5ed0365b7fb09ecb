#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Scenario.h"
#include "core/path/Promotion.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class QAbstractSeries;
class QChart;

namespace careerplanner {

// Level over time: each scenario's planned path as a step line, the promotions that
// happened as another, today as a vertical line, and the first scenario's milestones as
// markers (done, open, overdue) whose tool tips name them. A year range zooms in.
class PathTimelineChart
{
public:
    struct Options
    {
        QList<const Scenario *> scenarios;
        QList<Promotion> promotions;
        QDate today = QDate::currentDate();
        int fromYear = 0; // 0: from the first date shown
        int toYear = 0; // 0: to the last
        bool showMilestones = true;
        int mostYearLabels = 12; // fewer for a chart that shares its width with another
    };

    struct Result
    {
        QChart *chart = nullptr;
        QHash<QAbstractSeries *, QStringList> pointTips; // per marker series, a tip per point
        int milestoneMarkers = 0;
    };

    static Result build(const Options &options, const QList<CareerLadder> &ladders);
};

} // namespace careerplanner
