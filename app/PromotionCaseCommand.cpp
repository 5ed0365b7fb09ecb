#include "app/PromotionCaseCommand.h"

#include "core/plan/PlanSession.h"
#include "core/promotion/PromotionCaseMarkdown.h"
#include "core/storage/OutputFile.h"
#include "ui/report/ReportWriter.h"

#include <memory>

namespace careerplanner {

namespace {

int fail(QTextStream &err, const QString &message)
{
    err << "careerplanner: " << message << Qt::endl;
    return 1;
}

} // namespace

int PromotionCaseCommand::run(const CommandLine &command, QTextStream &err)
{
    QString error;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::openReadOnly(command.file, &error);
    std::unique_ptr<PlanSession> session = plan ? PlanSession::load(std::move(plan), &error) : nullptr;
    if (!session)
        return fail(err, error);
    const PromotionCaseStore &store = session->promotionCaseStore();
    const PromotionCase promotionCase = command.level.isEmpty() ? store.caseFor() : store.caseForLevel(command.level);
    if (promotionCase.isEmpty()) {
        return fail(err, command.level.isEmpty()
                             ? QStringLiteral("the plan's path has no promotion ahead")
                             : QStringLiteral("no step ahead on the plan's path is to “%1”").arg(command.level));
    }
    const bool ok
        = command.output.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
              ? OutputFile::write(command.output,
                                  PromotionCaseMarkdown::write(promotionCase, session->skillStore().skills()).toUtf8(),
                                  command.file, &error)
              : ReportWriter::writeCasePdf(*session, promotionCase, command.output, &error);
    return ok ? 0 : fail(err, error);
}

} // namespace careerplanner
