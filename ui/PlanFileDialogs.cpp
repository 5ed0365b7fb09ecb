#include "ui/PlanFileDialogs.h"

#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "core/storage/PlanDatabase.h"
#include "ui/report/ReportWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MainWindow", text);
}

} // namespace

QString PlanFileDialogs::askNewPlanPath(QWidget *parent, const QString &title, const QString &besidePlan,
                                        const QString &suggestedName)
{
    const QString suffix = PlanDatabase::fileExtension();
    QFileDialog dialog(parent, title, QFileInfo(besidePlan).absolutePath(), tr("Career plans (*.%1)").arg(suffix));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    if (!suggestedName.isEmpty())
        dialog.selectFile(suggestedName + QLatin1Char('.') + suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

std::unique_ptr<PlanSession> PlanFileDialogs::createPlan(QWidget *parent, const QString &besidePlan)
{
    const QString path = askNewPlanPath(parent, tr("New Plan"), besidePlan, QString());
    if (path.isEmpty())
        return nullptr;
    QString error;
    std::unique_ptr<PlanDatabase> plan = PlanFactory::createWithReferenceLadders(path, &error);
    std::unique_ptr<PlanSession> session = plan ? PlanSession::load(std::move(plan), &error) : nullptr;
    if (!session)
        QMessageBox::warning(parent, tr("New Plan"), tr("The plan was not created.\n\n%1").arg(error));
    return session;
}

QString PlanFileDialogs::saveCopyAs(QWidget *parent, const PlanSession &session)
{
    const QString target = askNewPlanPath(parent, tr("Save a Copy of the Plan"), session.path(),
                                          QFileInfo(session.path()).completeBaseName() + tr(" (copy)"));
    if (target.isEmpty())
        return {};
    QString error;
    if (!session.saveCopyAs(target, &error)) {
        QMessageBox::warning(parent, tr("Save a Copy"), tr("The copy was not saved.\n\n%1").arg(error));
        return {};
    }
    return tr("Saved a copy as %1; you are still working in %2.").arg(target, session.path());
}

QString PlanFileDialogs::exportReport(QWidget *parent, const PlanSession &session)
{
    const QString suggested = QFileInfo(session.path()).absolutePath() + QLatin1Char('/')
                              + QFileInfo(session.path()).completeBaseName() + tr(" report.pdf");
    QFileDialog dialog(parent, tr("Export Report as PDF"), suggested, tr("PDF documents (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    if (!ReportWriter::writePdf(session, path, QDate::currentDate(), &error)) {
        QMessageBox::warning(parent, tr("Export Report"), tr("The report was not written.\n\n%1").arg(error));
        return {};
    }
    return tr("Wrote the report to %1").arg(path);
}

void PlanFileDialogs::printReport(QWidget *parent, const PlanSession &session)
{
    QPrinter printer;
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() == QDialog::Accepted)
        ReportWriter::print(session, &printer, QDate::currentDate());
}

} // namespace careerplanner
