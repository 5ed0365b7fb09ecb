#include "core/storage/OutputFile.h"

#include "core/base/FileIdentity.h"
#include "core/storage/PlanFileInspector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sys/stat.h>
#include <unistd.h>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutputFile", text);
}

// A plan (unless a new plan is what is written), or a file SQLite or the lock keeps
// beside one, by its name.
bool isNamedLikePlanFile(const QString &fileName, OutputFile::Kind kind)
{
    static const QStringList companions = { QStringLiteral(".careerplan-journal"), QStringLiteral(".careerplan-wal"),
                                            QStringLiteral(".careerplan-shm"), QStringLiteral(".careerplan.lock") };
    if (kind == OutputFile::Kind::Export && fileName.endsWith(QLatin1String(".careerplan"), Qt::CaseInsensitive))
        return true;
    for (const QString &ending : companions) {
        if (fileName.endsWith(ending, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

OutputFile::OutputFile(const QString &target, const QString &inputPlan)
    : m_target(target)
    , m_inputPlan(inputPlan)
    , m_file(target)
{
}

QString OutputFile::refusal(const QString &target, const QString &inputPlan, Kind kind)
{
    const QFileInfo info(target);
    // The link's own name, and the name of the file it leads to, both count.
    const QString resolved = info.exists() ? info.canonicalFilePath() : target;
    if (isNamedLikePlanFile(info.fileName(), kind) || isNamedLikePlanFile(QFileInfo(resolved).fileName(), kind)
        || (!inputPlan.isEmpty() && FileIdentity::of(target) == FileIdentity::of(inputPlan))
        || PlanFileInspector::hasPlanHeader(target)) {
        return tr("%1 is a plan file or belongs to one, and Career Planner never writes over a plan; choose another "
                  "file name.")
            .arg(info.fileName());
    }
    if (info.isDir())
        return tr("%1 is a folder; choose a file name.").arg(target);
    return {};
}

QString OutputFile::standardOutputRefusal(const QString &inputPlan)
{
    const FileIdentity out = FileIdentity::ofDescriptor(STDOUT_FILENO);
    if (out.valid && out == FileIdentity::of(inputPlan))
        return tr("standard output is the plan itself; send the output to another file.");
    if (out.valid && PlanFileInspector::hasPlanHeader(QStringLiteral("/proc/self/fd/1")))
        return tr("standard output is a plan file; send the output to another file.");
    return {};
}

QString OutputFile::reserveBeside(const QString &target, QString *error)
{
    const QFileInfo info(target);
    QTemporaryFile temporary(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
    temporary.setAutoRemove(false);
    if (!temporary.open() || !temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("Cannot create a file in %1: %2").arg(info.absolutePath(), temporary.errorString());
        temporary.remove();
        return {};
    }
    return temporary.fileName();
}

void OutputFile::keepStandardOutputPrivate()
{
    struct stat info = {};
    if (::fstat(STDOUT_FILENO, &info) == 0 && S_ISREG(info.st_mode))
        ::fchmod(STDOUT_FILENO, S_IRUSR | S_IWUSR);
}

bool OutputFile::write(const QString &target, const QByteArray &bytes, const QString &inputPlan, QString *error)
{
    OutputFile file(target, inputPlan);
    if (!file.open(error))
        return false;
    if (file.device()->write(bytes) != bytes.size()) {
        *error = tr("Cannot write %1: %2").arg(target, file.device()->errorString());
        file.cancel();
        return false;
    }
    return file.commit(error);
}

bool OutputFile::open(QString *error)
{
    *error = refusal(m_target, m_inputPlan);
    if (!error->isEmpty())
        return false;
    // The temporary file is made private before anything personal is written to it.
    if (!m_file.open(QIODevice::WriteOnly)
        || !m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("Cannot write %1: %2").arg(m_target, m_file.errorString());
        m_file.cancelWriting();
        return false;
    }
    return true;
}

bool OutputFile::commit(QString *error)
{
    // Asked again at the last moment: a plan may have been put there while writing.
    const QString late = refusal(m_target, m_inputPlan);
    if (!late.isEmpty()) {
        *error = late;
        m_file.cancelWriting();
        m_file.commit();
        return false;
    }
    if (!m_file.commit()) {
        *error = tr("Cannot write %1: %2").arg(m_target, m_file.errorString());
        return false;
    }
    return true;
}

} // namespace careerplanner
