#pragma once

#include "core/base/FileIdentity.h"

#include <QSqlDatabase>
#include <QString>

class QSqlDriver;

namespace careerplanner {

// Refuses every commit once the plan file is no longer the one that was opened: deleted,
// or replaced by another file (a sync tool, a restore, a copy over it). SQLite would
// otherwise go on writing to the old, unlinked file, and the user's edits would vanish.
// The connection's driver knows its guard, so that refusal() can explain a failed write.
class PlanFileGuard
{
public:
    PlanFileGuard(QSqlDatabase db, const QString &path);
    ~PlanFileGuard();
    PlanFileGuard(const PlanFileGuard &) = delete;
    PlanFileGuard &operator=(const PlanFileGuard &) = delete;

    bool installed() const { return m_handle != nullptr; }
    // Why writes on this connection fail, if the file is the reason; empty otherwise.
    static QString refusal(const QSqlDriver *driver);

private:
    static int onCommit(void *guard);
    bool fileIsStillOurs() const;

    QString m_path;
    QSqlDriver *m_driver = nullptr;
    void *m_handle = nullptr; // sqlite3*
    FileIdentity m_identity;
};

} // namespace careerplanner
