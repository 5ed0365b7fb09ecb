#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace careerplanner {

// Consistent copies of an open plan: "Save a Copy As" and the automatic backups kept next
// to it (before a schema migration, and once a day while the plan is in use). A copy is
// written with VACUUM INTO to a temporary file in the target's folder, made readable by
// its owner only, and renamed into place, so the target is a whole plan or untouched.
class PlanSnapshot
{
public:
    static constexpr int BackupsKept = 7;

    enum class Reason { Daily, BeforeMigration };

    static bool copyTo(QSqlDatabase db, const QString &target, QString *error);

    // The folder holding a plan's backups: "NAME.careerplan-backups" beside it.
    static QString backupFolder(const QString &planPath);
    // The plan's backups, oldest first.
    static QStringList backups(const QString &planPath);
    // Writes a backup stamped with now and keeps only the newest BackupsKept.
    static bool backup(QSqlDatabase db, const QString &planPath, Reason reason, QString *error);
    // Writes the day's backup unless one was already made today.
    static bool backupIfDue(QSqlDatabase db, const QString &planPath, const QDate &today, QString *error);
};

} // namespace careerplanner
