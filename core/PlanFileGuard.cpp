#include "PlanFileGuard.h"

#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>
#include <sys/stat.h>

namespace careerplanner {

namespace {

const char GuardProperty[] = "careerplannerFileGuard";

bool identify(const QString &path, unsigned long long *device, unsigned long long *inode)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    *device = static_cast<unsigned long long>(info.st_dev);
    *inode = static_cast<unsigned long long>(info.st_ino);
    return true;
}

} // namespace

PlanFileGuard::PlanFileGuard(QSqlDatabase db, const QString &path)
    : m_path(path)
    , m_driver(db.driver())
{
    sqlite3 *handle = sql::nativeHandle(db);
    if (!handle || !identify(path, &m_device, &m_inode))
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
    const auto *guard = driver ? static_cast<const PlanFileGuard *>(driver->property(GuardProperty).value<void *>())
                               : nullptr;
    if (!guard || guard->fileIsStillOurs())
        return {};
    return QCoreApplication::translate("PlanFileGuard",
                                       "%1 was moved, replaced or deleted on disk since it was opened; nothing more is "
                                       "written to it. Open the plan again to go on.")
        .arg(QFileInfo(guard->m_path).fileName());
}

bool PlanFileGuard::fileIsStillOurs() const
{
    unsigned long long device = 0;
    unsigned long long inode = 0;
    return identify(m_path, &device, &inode) && device == m_device && inode == m_inode;
}

int PlanFileGuard::onCommit(void *guard)
{
    // A non-zero answer turns the COMMIT into a ROLLBACK: nothing reaches the old file.
    return static_cast<const PlanFileGuard *>(guard)->fileIsStillOurs() ? 0 : 1;
}

} // namespace careerplanner
