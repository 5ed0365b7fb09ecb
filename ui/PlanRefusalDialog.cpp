#include "ui/PlanRefusalDialog.h"

#include "core/storage/PlanCleaner.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/PlanSnapshot.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanRefusalDialog", text);
}

} // namespace

QString PlanRefusalDialog::show(QWidget *parent, const QString &planPath, const QString &reason)
{
    QMessageBox box(QMessageBox::Warning, tr("Career Planner"), tr("The plan could not be opened.\n\n%1").arg(reason),
                    QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("planRefusal"));
    QPushButton *clean = nullptr;
    if (!planPath.isEmpty() && PlanCleaner::canClean(planPath)) {
        box.setInformativeText(tr("A cleaned copy keeps your records and leaves out what Career Planner never makes. "
                                  "The plan stays as it is, and a copy of it goes into %1 first.")
                                   .arg(QFileInfo(PlanSnapshot::backupFolder(planPath)).fileName()));
        clean = box.addButton(tr("Save a &Cleaned Copy…"), QMessageBox::AcceptRole);
        clean->setObjectName(QStringLiteral("saveCleanedCopy"));
        box.setDefaultButton(clean);
    }
    box.exec();
    if (!clean || box.clickedButton() != clean)
        return {};
    const QString target = QFileDialog::getSaveFileName(
        parent, tr("Save a Cleaned Copy"), PlanCleaner::suggestedCopyPath(planPath),
        tr("Career plans (*.%1)").arg(PlanDatabase::fileExtension()), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return {};
    QString error;
    if (!PlanCleaner::saveCleanedCopy(planPath, target, &error)) {
        QMessageBox::warning(parent, tr("Save a Cleaned Copy"), error);
        return {};
    }
    return target;
}

} // namespace careerplanner
