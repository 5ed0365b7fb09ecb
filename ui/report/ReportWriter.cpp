#include "ui/report/ReportWriter.h"

#include "core/storage/OutputFile.h"
#include "core/plan/PlanSession.h"
#include "ui/report/PromotionCaseSection.h"
#include "ui/report/ReportDocument.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>
#include <QTextStream>

#include <memory>

namespace careerplanner {

bool ReportWriter::writePdf(const PlanSession &session, const QString &path, const QDate &today, QString *error)
{
    const std::unique_ptr<QTextDocument> document(ReportDocument::build(session, today));
    return writeDocument(document.get(), session.path(), path, error);
}

bool ReportWriter::writeCasePdf(const PlanSession &session, const PromotionCase &promotionCase, const QString &path,
                                QString *error)
{
    const std::unique_ptr<QTextDocument> document(
        PromotionCaseSection::document(promotionCase, session.skillStore().skills()));
    return writeDocument(document.get(), session.path(), path, error);
}

bool ReportWriter::writeDocument(QTextDocument *document, const QString &planPath, const QString &path, QString *error)
{
    OutputFile file(path, planPath);
    if (!file.open(error))
        return false;
    {
        QPdfWriter writer(file.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QCoreApplication::applicationName());
        // The document's page size is left unset: print() then lays it out on the writer's
        // pages with margins and draws the page numbers.
        ReportDocument::fitChartsTo(document, writer);
        document->print(&writer);
    }
    return file.commit(error);
}

int ReportWriter::runCommand(const QString &planFile, const QString &output, QTextStream &err)
{
    QString error;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::openReadOnly(planFile, &error);
    std::unique_ptr<PlanSession> session = plan ? PlanSession::load(std::move(plan), &error) : nullptr;
    if (!session || !writePdf(*session, output, QDate::currentDate(), &error)) {
        err << "careerplanner: " << error << Qt::endl;
        return 1;
    }
    return 0;
}

void ReportWriter::print(const PlanSession &session, QPrinter *printer, const QDate &today)
{
    const std::unique_ptr<QTextDocument> document(ReportDocument::build(session, today));
    printer->setDocName(document->metaInformation(QTextDocument::DocumentTitle)); // the print queue's name for it
    ReportDocument::fitChartsTo(document.get(), *printer);
    document->print(printer);
}

} // namespace careerplanner
