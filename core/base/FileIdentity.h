#pragma once

#include <QString>

namespace careerplanner {

// What a file is, whatever its path is spelled like: its device and inode. Two names of
// one file (a symbolic link, a hard link, "a/../b") have the same identity.
struct FileIdentity
{
    unsigned long long device = 0;
    unsigned long long inode = 0;
    bool valid = false;

    // The file the path leads to (links followed); not valid if there is none.
    static FileIdentity of(const QString &path);
    // The file open as descriptor fd (for instance standard output).
    static FileIdentity ofDescriptor(int fd);

    bool operator==(const FileIdentity &other) const
    {
        return valid && other.valid && device == other.device && inode == other.inode;
    }
    bool operator!=(const FileIdentity &other) const { return !(*this == other); }
};

} // namespace careerplanner
