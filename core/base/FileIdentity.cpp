#include "core/base/FileIdentity.h"

#include <QFile>

#include <sys/stat.h>

namespace careerplanner {

namespace {

FileIdentity fromStat(const struct stat &info)
{
    return { static_cast<unsigned long long>(info.st_dev), static_cast<unsigned long long>(info.st_ino), true };
}

} // namespace

FileIdentity FileIdentity::of(const QString &path)
{
    struct stat info = {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return fromStat(info);
}

FileIdentity FileIdentity::ofDescriptor(int fd)
{
    struct stat info = {};
    if (::fstat(fd, &info) != 0)
        return {};
    return fromStat(info);
}

} // namespace careerplanner
