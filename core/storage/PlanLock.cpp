#include "core/storage/PlanLock.h"

#include "core/base/FileIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanLock", text);
}

// A folder that is the user's alone: made private if it is new, refused if it is a link or
// someone else's (a folder in the shared temporary folder could have been made by anyone).
bool ownPrivateFolder(const QString &folder)
{
    const QByteArray name = QFile::encodeName(folder);
    ::mkdir(name.constData(), S_IRWXU);
    struct stat info = {};
    if (::lstat(name.constData(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::getuid())
        return false;
    return ::chmod(name.constData(), S_IRWXU) == 0;
}

// The user's private folder for locks by identity: in the session's runtime folder, else
// in one of the user's own in the temporary folder.
QString identityFolder()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString base = !runtime.isEmpty() && QFileInfo(runtime).isDir()
                             ? runtime
                             : QDir::temp().filePath(QStringLiteral("careerplanner-%1").arg(::getuid()));
    const QString folder = QDir(base).filePath(QStringLiteral("careerplanner-locks"));
    if ((base != runtime && !ownPrivateFolder(base)) || !ownPrivateFolder(folder))
        return {};
    return folder;
}

bool holdsValidOwner(QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString application;
    return lock.getLockInfo(&pid, &host, &application) && pid > 0;
}

// Why a lock file cannot be made at all, with what to do; empty if it can be tried.
QString unusable(const QString &lockPath, const QString &planName)
{
    const QFileInfo info(lockPath);
    if (info.isDir())
        return tr("%1 cannot be locked for editing: %2 is a folder; remove or rename that folder, then open the plan "
                  "again.")
            .arg(planName, lockPath);
    const long longestName = ::pathconf(QFile::encodeName(info.absolutePath()).constData(), _PC_NAME_MAX);
    if (longestName > 0 && QFile::encodeName(info.fileName()).size() > longestName)
        return tr("%1 cannot be locked for editing: its name is too long for the lock file beside it; give the plan "
                  "a shorter name.")
            .arg(planName);
    return {};
}

// Takes lock, taking over one whose owner is gone or was never valid.
bool take(QLockFile &lock, const QString &lockPath, const QString &planName, QString *error)
{
    *error = unusable(lockPath, planName);
    if (!error->isEmpty())
        return false;
    lock.setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock.tryLock(0))
        return true;
    if (lock.error() == QLockFile::LockFailedError && !holdsValidOwner(lock)) {
        // A lock being made right now is empty for an instant: look again before taking it.
        QThread::msleep(150);
        if (!holdsValidOwner(lock) && lock.removeStaleLockFile() && lock.tryLock(0))
            return true;
    }
    switch (lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        lock.getLockInfo(&pid, &host, &application);
        const QString owner = host.isEmpty() || host == QSysInfo::machineHostName()
                                  ? tr("process %1").arg(pid)
                                  : tr("process %1 on %2").arg(pid).arg(host);
        *error = tr("%1 is already open in another Career Planner (%2); close it there first.").arg(planName, owner);
        return false;
    }
    case QLockFile::PermissionError:
        *error = tr("%1 cannot be locked for editing: there is no permission to write %2; allow writing in its "
                    "folder, or open a copy of the plan kept elsewhere.")
                     .arg(planName, lockPath);
        return false;
    default:
        *error = tr("%1 cannot be locked for editing: %2 cannot be made or read; remove it if no Career Planner has "
                    "the plan open.")
                     .arg(planName, lockPath);
        return false;
    }
}

} // namespace

PlanLock::~PlanLock()
{
    if (m_identity >= 0)
        ::close(m_identity); // releases the flock
}

bool PlanLock::lockIdentity(const QString &path, const QString &planName, QString *error)
{
    const FileIdentity identity = FileIdentity::of(path);
    const QString folder = identityFolder();
    if (!identity.valid || folder.isEmpty())
        return true; // no private folder to meet in: the lock beside the plan stands alone
    const QByteArray name = QFile::encodeName(
        QDir(folder).filePath(QStringLiteral("plan-%1-%2.lock").arg(identity.device).arg(identity.inode)));
    m_identity = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (m_identity < 0)
        return true;
    if (::flock(m_identity, LOCK_EX | LOCK_NB) == 0)
        return true;
    ::close(m_identity);
    m_identity = -1;
    *error = tr("%1 is already open in another Career Planner under another name (a link to the same file); close "
                "it there first.")
                 .arg(planName);
    return false;
}

QString PlanLock::besidePath(const QString &planPath)
{
    const QFileInfo plan(planPath);
    const QString real = plan.exists() ? plan.canonicalFilePath() : plan.absoluteFilePath();
    return real + QStringLiteral(".lock");
}

std::unique_ptr<PlanLock> PlanLock::acquire(const QString &path, QString *error)
{
    const QString planName = QFileInfo(path).fileName();
    std::unique_ptr<PlanLock> lock(new PlanLock);
    const QString beside = besidePath(path);
    lock->m_beside = std::make_unique<QLockFile>(beside);
    if (!take(*lock->m_beside, beside, planName, error))
        return nullptr;
    // It names the process and host: the owner's business only, like the plan.
    QFile::setPermissions(beside, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    if (!lock->lockIdentity(path, planName, error))
        return nullptr;
    return lock;
}

} // namespace careerplanner
