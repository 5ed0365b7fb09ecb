#include "core/storage/PlanFileInspector.h"

#include "core/base/BoundedFile.h"
#include "core/storage/JournalRecovery.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/SchemaMigrator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanFileInspector", text);
}

constexpr int HeaderSize = 100;
const char SqliteMagic[] = "SQLite format 3";

quint32 bigEndianAt(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

} // namespace

bool PlanFileInspector::isPlanHeader(const QByteArray &header)
{
    return header.size() >= HeaderSize && header.startsWith(QByteArray(SqliteMagic, sizeof SqliteMagic))
           && bigEndianAt(header, 68) == SchemaMigrator::ApplicationId;
}

bool PlanFileInspector::hasPlanHeader(const QString &path)
{
    QFile file(path);
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly) && isPlanHeader(file.read(HeaderSize));
}

PlanFileInspector::Verdict PlanFileInspector::inspectHeader(const QString &path, bool *inWalMode)
{
    *inWalMode = false;
    Verdict verdict = inspectHeaderBytes(path, inWalMode);
    verdict.reason = verdict.reason.simplified(); // one line, whatever the reason
    return verdict;
}

PlanFileInspector::Verdict PlanFileInspector::inspectHeaderBytes(const QString &path, bool *inWalMode)
{
    const QFileInfo info(path);
    const QString name = QFileInfo(path).fileName();
    if (!info.exists())
        return { false, 0, tr("%1 does not exist.").arg(path) };
    if (info.isDir())
        return { false, 0, tr("%1 is a folder, not a plan file.").arg(path) };
    if (!info.isReadable())
        return { false, 0, tr("%1 cannot be read: permission denied.").arg(name) };
    // SQLite opens no path longer than this (its unix file layer's limit).
    constexpr int LongestPath = 511;
    if (QFile::encodeName(info.absoluteFilePath()).size() > LongestPath)
        return { false, 0,
                 tr("The path of %1 is too long for SQLite (%2 bytes, at most %3); move the plan to a "
                    "shorter folder or give it a shorter name.")
                     .arg(name)
                     .arg(QFile::encodeName(info.absoluteFilePath()).size())
                     .arg(LongestPath) };
    if (info.size() > BoundedFile::PlanLimit)
        return { false, 0,
                 tr("%1 is larger than the %2 a plan may be, so it is not opened.")
                     .arg(name, BoundedFile::describeLimit(BoundedFile::PlanLimit)) };
    if (info.size() == 0)
        return { false, 0, tr("%1 is empty, so it is not a Career Planner plan.").arg(name) };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { false, 0, tr("%1 cannot be read: %2").arg(name, file.errorString()) };
    const QByteArray header = file.read(HeaderSize);
    file.close();
    const QByteArray magic(SqliteMagic, sizeof SqliteMagic); // 16 bytes with the NUL
    if (!header.startsWith(magic)) {
        if (header.size() < magic.size() && magic.startsWith(header))
            return { false, 0, tr("%1 is damaged: the file is cut short.").arg(name) };
        return { false, 0, tr("%1 is not a Career Planner plan (not an SQLite database).").arg(name) };
    }
    if (header.size() < HeaderSize)
        return { false, 0, tr("%1 is damaged: the file is cut short.").arg(name) };

    const int version = static_cast<int>(bigEndianAt(header, 60));
    const quint32 appId = bigEndianAt(header, 68);
    if (appId != SchemaMigrator::ApplicationId)
        return { false, 0, tr("%1 is another application's SQLite database, not a Career Planner plan.").arg(name) };
    if (version > SchemaMigrator::latestVersion()) {
        return { false, version,
                 tr("%1 was saved by a newer Career Planner (plan format %2; this version reads up to %3).")
                     .arg(name)
                     .arg(version)
                     .arg(SchemaMigrator::latestVersion()) };
    }
    if (version < 1)
        return { false, version, tr("%1 is damaged: it has no schema version.").arg(name) };

    // The header records the page size and page count; a shorter file was truncated, unless
    // a change was cut off while it grew the file: its journal puts the size back, and what
    // is done about the journal is said (or done) where journals are dealt with.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndianAt(header, 28);
    if (pageSize < 512
        || (static_cast<qint64>(pageSize) * pageCount > info.size()
            && JournalRecovery::examine(path).journal == JournalRecovery::Journal::None))
        return { false, version, tr("%1 is damaged: the file is shorter than its header says.").arg(name) };
    // Bytes 18 and 19, the format's write and read versions, are 2 for a write-ahead log.
    *inWalMode = header.at(18) == 2 || header.at(19) == 2;
    return { true, version, QString() };
}

PlanFileInspector::Verdict PlanFileInspector::inspectContent(const QString &path, int schemaVersion, Scope scope,
                                                             CheckInterrupter *stop)
{
    const QString name = QFileInfo(path).fileName();
    PlanDatabase::Problem kind = PlanDatabase::Problem::Damaged;
    const QString problem = PlanDatabase::checkReadOnly(path, &kind, scope, stop);
    if (!problem.isEmpty() && kind == PlanDatabase::Problem::ForeignSchema)
        return { false, schemaVersion,
                 tr("%1 was changed outside Career Planner: %2").arg(name, problem).simplified() };
    if (!problem.isEmpty() && kind == PlanDatabase::Problem::Busy)
        return { false, schemaVersion,
                 tr("%1 is busy: another program is reading or writing it. Try again in a moment.").arg(name) };
    if (!problem.isEmpty() && JournalRecovery::examine(path).journal != JournalRecovery::Journal::None)
        return { false, schemaVersion, JournalRecovery::describeForReader(path).simplified() };
    if (!problem.isEmpty())
        return { false, schemaVersion, tr("%1 is damaged: %2").arg(name, problem).simplified() };
    return { true, schemaVersion, QString() };
}

} // namespace careerplanner
