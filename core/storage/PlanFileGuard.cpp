#include "core/storage/PlanFileGuard.h"

#include "core/base/FileIdentity.h"
#include "core/storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace careerplanner {

namespace {

const char GuardProperty[] = "careerplannerFileGuard";

} // namespace

PlanFileGuard::PlanFileGuard(QSqlDatabase db, const QString &path)
    : m_path(path)
    , m_driver(db.driver())
{
    sqlite3 *handle = sql::nativeHandle(db);
    m_identity = FileIdentity::of(path);
    if (!handle || !m_identity.valid)
        return;
    m_handle = handle;
    sqlite3_commit_hook(static_cast<sqlite3 *>(m_handle), &PlanFileGuard::onCommit, this);
    m_driver->setProperty(GuardProperty, QVariant::fromValue(static_cast<void *>(this)));
}

PlanFileGuard::~PlanFileGuard()
{
    if (!m_handle)
        return;
    sqlite3_commit_hook(static_cast<sqlite3 *>(m_handle), nullptr, nullptr);
    m_driver->setProperty(GuardProperty, QVariant());
}

QString PlanFileGuard::refusal(const QSqlDriver *driver)
{
    // SQLite itself refuses most writes to a moved file ("attempt to write a readonly
    // database") before the commit hook runs; either way the user reads why.
    const auto *guard
        = driver ? static_cast<const PlanFileGuard *>(driver->property(GuardProperty).value<void *>()) : nullptr;
    if (!guard || guard->fileIsStillOurs())
        return {};
    return QCoreApplication::translate("PlanFileGuard",
                                       "%1 was moved, replaced or deleted on disk since it was opened; nothing more is "
                                       "written to it. Open the plan again to go on.")
        .arg(QFileInfo(guard->m_path).fileName());
}

bool PlanFileGuard::fileIsStillOurs() const
{
    return FileIdentity::of(m_path) == m_identity;
}

int PlanFileGuard::onCommit(void *guard)
{
    // A non-zero answer turns the COMMIT into a ROLLBACK: nothing reaches the old file.
    return static_cast<const PlanFileGuard *>(guard)->fileIsStillOurs() ? 0 : 1;
}

} // namespace careerplanner
