#pragma once

#include "core/interviews/InterviewReadiness.h"

class QChart;

namespace careerplanner {

// Readiness for a loop as a chart: for each Leadership Principle, how many stories cover
// it beside the rating of the latest answer about it, the principles in catalogue order
// from the top.
class ReadinessChart
{
public:
    static QChart *build(const QList<InterviewReadiness::Row> &rows);
};

} // namespace careerplanner
