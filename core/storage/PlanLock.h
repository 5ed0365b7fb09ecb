#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace careerplanner {

// One writer per plan, however its path is spelled. Two locks make the claim: a lock file
// beside the plan's real path (symbolic links resolved), which names the process and host
// for a second program to report, and a kernel lock (flock) on a file named after the
// plan's identity (device and inode) in the user's runtime folder, which a hard link to
// the plan meets too and which ends with the process that holds it.
// A lock file left by a process that is gone, or holding no valid owner (empty,
// unreadable, garbage), is taken over after a second look.
class PlanLock
{
public:
    // The lock for the plan at path (which must exist), or nullptr with a one-line reason.
    static std::unique_ptr<PlanLock> acquire(const QString &path, QString *error);

    // The lock file kept beside the plan.
    static QString besidePath(const QString &planPath);

private:
    PlanLock() = default;
    bool lockIdentity(const QString &path, const QString &planName, QString *error);

    std::unique_ptr<QLockFile> m_beside;
    int m_identity = -1; // descriptor holding the flock, or -1
    PlanLock(const PlanLock &) = delete;
    PlanLock &operator=(const PlanLock &) = delete;

public:
    ~PlanLock();
};

} // namespace careerplanner
