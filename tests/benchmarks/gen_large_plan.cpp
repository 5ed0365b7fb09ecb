// Writes the large benchmark plan (see LargePlan.h) to the file given.
#include "LargePlan.h"
#include "core/plan/PlanFactory.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: gen_large_plan OUT.careerplan" << Qt::endl;
        return 2;
    }
    careerplanner::PlanContent content;
    QString error;
    if (!bench::largePlan(&content, &error)
        || !careerplanner::PlanFactory::create(QString::fromLocal8Bit(argv[1]), content, &error)) {
        err << "gen_large_plan: " << error << Qt::endl;
        return 1;
    }
    return 0;
}
