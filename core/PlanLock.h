#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace careerplanner {

// One writer per plan, however its path is spelled. Two lock files make the claim: one
// beside the plan's real path (symbolic links resolved), which names the process and
// host for a second program to report, and one named after the file's identity (device
// and inode) in the user's runtime folder, which a hard link to the plan meets too.
// A lock left by a process that is gone, or holding no valid owner (empty, unreadable,
// garbage), is taken over after a second look.
class PlanLock
{
public:
    // The lock for the plan at path (which must exist), or nullptr with a one-line reason.
    static std::unique_ptr<PlanLock> acquire(const QString &path, QString *error);

    // The lock file kept beside the plan.
    static QString besidePath(const QString &planPath);

private:
    PlanLock() = default;

    std::unique_ptr<QLockFile> m_beside;
    std::unique_ptr<QLockFile> m_identity;
};

} // namespace careerplanner
