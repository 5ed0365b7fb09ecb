#include "core/base/BoundedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace careerplanner {

QString BoundedFile::describeLimit(qint64 limit)
{
    return limit >= 1024LL * 1024 * 1024
               ? QCoreApplication::translate("BoundedFile", "%1 GB").arg(limit / (1024LL * 1024 * 1024))
               : QCoreApplication::translate("BoundedFile", "%1 MB").arg(limit / (1024 * 1024));
}

bool BoundedFile::read(const QString &path, qint64 limit, QByteArray *bytes, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    const auto tooLarge = [&] {
        *error = QCoreApplication::translate("BoundedFile",
                                             "%1 is larger than the %2 Career Planner reads from such a file.")
                     .arg(name, describeLimit(limit));
        return false;
    };
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("BoundedFile", "cannot read %1: %2")
                     .arg(path, QFileInfo(path).isDir() ? QCoreApplication::translate("BoundedFile", "it is a folder")
                                                        : file.errorString());
        return false;
    }
    // A regular file says its size; a device or pipe is read until it passes the limit.
    if (!file.isSequential() && file.size() > limit)
        return tooLarge();
    bytes->clear();
    constexpr qint64 Chunk = 1024 * 1024;
    while (true) {
        const QByteArray chunk = file.read(Chunk);
        if (chunk.isEmpty())
            break;
        if (bytes->size() + chunk.size() > limit) {
            bytes->clear();
            return tooLarge();
        }
        bytes->append(chunk);
    }
    if (file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("BoundedFile", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace careerplanner
