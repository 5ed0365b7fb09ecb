// Writes the large benchmark plan (see LargePlan.h) to the file given, with 60,000 market
// pay reports (see MarketReports.h) imported into it.
#include "LargePlan.h"
#include "MarketReports.h"
#include "core/market/MarketRepository.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"

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
    using namespace careerplanner;
    PlanContent content;
    QString error;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const auto addReports = [&] {
        const MarketCsv::Read read
            = MarketCsv::read(bench::marketCsv(60'000), QStringLiteral("salaries.csv"), QDate(2026, 12, 2));
        MarketImport import;
        import.sourceFile = QStringLiteral("salaries.csv");
        import.importedOn = QDate(2026, 12, 2);
        import.shape = read.shape;
        import.rowsRead = read.rowsRead;
        const std::unique_ptr<PlanSession> session = PlanSession::open(path, &error);
        return session
               && session->applyBatch(
                   QStringLiteral("Import"),
                   [&](PlanDatabase &plan, QString *e) { return MarketRepository(plan).add(import, read.reports, e); },
                   &error);
    };
    // The new plan is closed again (its lock let go) before the session opens it.
    const bool created = bench::largePlan(&content, &error) && PlanFactory::create(path, content, &error) != nullptr;
    if (!created || !addReports()) {
        err << "gen_large_plan: " << error << Qt::endl;
        return 1;
    }
    return 0;
}
