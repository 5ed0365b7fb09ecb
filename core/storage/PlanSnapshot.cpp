#include "core/storage/PlanSnapshot.h"

#include "core/base/FileIdentity.h"
#include "core/storage/OutputFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanSnapshot", text);
}

const QLatin1String StampFormat("yyyyMMdd-HHmmss-zzz");

} // namespace

bool PlanSnapshot::copyTo(QSqlDatabase db, const QString &target, QString *error)
{
    const QFileInfo info(target);
    if (FileIdentity::of(target) == FileIdentity::of(db.databaseName())
        || info.absoluteFilePath() == QFileInfo(db.databaseName()).absoluteFilePath()) {
        *error = tr("A copy cannot replace the plan it is made from.");
        return false;
    }
    *error = OutputFile::refusal(target, db.databaseName(), OutputFile::Kind::NewPlan);
    if (!error->isEmpty())
        return false;
    if (!info.absoluteDir().exists()) {
        *error = tr("The folder %1 does not exist.").arg(info.absolutePath());
        return false;
    }
    // VACUUM INTO refuses an existing file: reserve a unique name, then let SQLite write it.
    const QString temporaryPath = OutputFile::reserveBeside(target, error);
    if (temporaryPath.isEmpty())
        return false;
    QFile::remove(temporaryPath);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporaryPath);
    if (!query.exec()) {
        *error = tr("The copy could not be written: %1").arg(query.lastError().text());
        QFile::remove(temporaryPath);
        return false;
    }
    QFile::setPermissions(temporaryPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // rename(2) replaces the target in one step, so it is never half written.
    if (std::rename(QFile::encodeName(temporaryPath).constData(),
                    QFile::encodeName(info.absoluteFilePath()).constData())
        != 0) {
        *error = tr("The copy could not be moved to %1.").arg(target);
        QFile::remove(temporaryPath);
        return false;
    }
    return true;
}

QString PlanSnapshot::backupFolder(const QString &planPath)
{
    const QFileInfo plan(planPath);
    return plan.absoluteDir().filePath(plan.fileName() + QStringLiteral("-backups"));
}

QStringList PlanSnapshot::backups(const QString &planPath)
{
    const QDir folder(backupFolder(planPath));
    // Names start with the time stamp, so name order is time order.
    const QStringList names = folder.entryList({ QStringLiteral("*.careerplan") }, QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString &name : names)
        paths.append(folder.filePath(name));
    return paths;
}

bool PlanSnapshot::backup(QSqlDatabase db, const QString &planPath, Reason reason, QString *error)
{
    const QString folder = backupFolder(planPath);
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the backup folder %1.").arg(folder);
        return false;
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString name = QStringLiteral("%1-%2.careerplan")
                             .arg(QDateTime::currentDateTime().toString(StampFormat),
                                  reason == Reason::Daily ? QStringLiteral("daily") : QStringLiteral("before-update"));
    if (!copyTo(db, QDir(folder).filePath(name), error))
        return false;
    QStringList existing = backups(planPath);
    while (existing.size() > BackupsKept)
        QFile::remove(existing.takeFirst());
    return true;
}

bool PlanSnapshot::backupIfDue(QSqlDatabase db, const QString &planPath, const QDate &today, QString *error)
{
    const QString prefix = today.toString(QStringLiteral("yyyyMMdd"));
    for (const QString &path : backups(planPath)) {
        if (QFileInfo(path).fileName().startsWith(prefix))
            return true;
    }
    return backup(db, planPath, Reason::Daily, error);
}

} // namespace careerplanner
