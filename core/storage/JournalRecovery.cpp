#include "core/storage/JournalRecovery.h"

#include "core/storage/PlanFileInspector.h"
#include "core/storage/PlanSnapshot.h"
#include "core/storage/SchemaMigrator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>

#include <cstdio>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JournalRecovery", text);
}

constexpr quint64 JournalMagic = 0xd9d505f920a163d7ULL;
constexpr int JournalHeaderFields = 28;
constexpr int DatabaseHeaderSize = 100;

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

quint32 pageSizeOf(const QByteArray &databaseHeader)
{
    const quint32 size = qFromBigEndian<quint16>(databaseHeader.constData() + 16);
    return size == 1 ? 65536 : size;
}

// The parts of a database header that no transaction changes: the format's magic and page
// size, payload fractions, schema format, text encoding and the application id.
bool sameStableHeader(const QByteArray &a, const QByteArray &b)
{
    const auto same = [&](int from, int length) { return a.mid(from, length) == b.mid(from, length); };
    return same(0, 18) && same(20, 4) && same(44, 4) && same(56, 4) && same(68, 4);
}

QString folderForFindings(const QString &planPath)
{
    return QDir(PlanSnapshot::backupFolder(planPath))
        .filePath(QStringLiteral("recovery-%1")
                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
}

bool makePrivateFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QFile::setPermissions(QFileInfo(folder).absolutePath(), owner);
    return QFile::setPermissions(folder, owner);
}

bool copyPrivately(const QString &from, const QString &to)
{
    return QFile::copy(from, to) && QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Puts the bytes of copy back at path in one step (a copy beside it, renamed over it).
bool putBack(const QString &copy, const QString &path)
{
    const QString temporary = path + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(copy, temporary))
        return false;
    QFile::setPermissions(temporary, QFile::permissions(copy));
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}

// Only a writing connection rolls a hot journal back: reading the schema once makes SQLite
// do it.
void rollBack(const QString &planPath)
{
    const QString name = QStringLiteral("careerplanner-recovery-%1").arg(QCoreApplication::applicationPid());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(planPath);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString JournalRecovery::journalPath(const QString &planPath)
{
    return planPath + QStringLiteral("-journal");
}

JournalRecovery::Examination JournalRecovery::examine(const QString &planPath)
{
    // Only a plan of a version this program reads is ever rolled back: another file, or a
    // newer plan, is refused untouched, journal and all. (Its page count may well disagree
    // with its size: a writer stopped half-way through a commit.)
    QFile journal(journalPath(planPath));
    QFile plan(planPath);
    // SQLite plays a journal only when it is not empty and its first byte is not zero.
    if (!QFileInfo(planPath).isFile() || !journal.open(QIODevice::ReadOnly) || !plan.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = journal.read(JournalHeaderFields);
    if (head.isEmpty() || head.at(0) == 0)
        return {};
    const QByteArray planHeader = plan.read(DatabaseHeaderSize);
    if (!PlanFileInspector::isPlanHeader(planHeader)
        || bigEndian32(planHeader, 60) > static_cast<quint32>(SchemaMigrator::latestVersion())
        || planHeader.at(18) == 2)
        return {};
    if (head.size() < JournalHeaderFields || qFromBigEndian<quint64>(head.constData()) != JournalMagic)
        return { Journal::Foreign, tr("it is not an SQLite rollback journal") };
    const quint32 sectorSize = bigEndian32(head, 20);
    const quint32 pageSize = bigEndian32(head, 24);
    if (pageSize != pageSizeOf(planHeader))
        return { Journal::Foreign,
                 tr("its pages are %1 bytes, the plan's %2").arg(pageSize).arg(pageSizeOf(planHeader)) };
    if (sectorSize < 32 || sectorSize > 65536 || (sectorSize & (sectorSize - 1)) != 0)
        return { Journal::Foreign, tr("its header is not one SQLite writes") };
    // The first page it keeps, if it is the first page of a database, must be this plan's.
    if (!journal.seek(sectorSize))
        return { Journal::Plausible, {} };
    const QByteArray record = journal.read(4 + DatabaseHeaderSize);
    if (record.size() < 4)
        return { Journal::Plausible, {} };
    const quint32 pageNumber = bigEndian32(record, 0);
    if (pageNumber == 0)
        return { Journal::Foreign, tr("its first record names no page") };
    if (pageNumber == 1 && record.size() == 4 + DatabaseHeaderSize && !sameStableHeader(record.mid(4), planHeader))
        return { Journal::Foreign, tr("the first page it keeps is another database's") };
    return { Journal::Plausible, {} };
}

QString JournalRecovery::describeForReader(const QString &planPath)
{
    const QString name = QFileInfo(planPath).fileName();
    const Examination found = examine(planPath);
    if (found.journal == Journal::Foreign)
        return tr("%1 has a journal beside it, %2, that is not this plan's (%3), so it will never be played; "
                  "opening the plan in Career Planner moves it into %4.")
            .arg(name, QFileInfo(journalPath(planPath)).fileName(), found.why,
                 QFileInfo(PlanSnapshot::backupFolder(planPath)).fileName());
    return tr("%1 has a change left unfinished by a program that stopped; opening it in Career Planner copies the "
              "plan and its journal into %2, rolls the change back and keeps the result only if the plan is sound.")
        .arg(name, QFileInfo(PlanSnapshot::backupFolder(planPath)).fileName());
}

JournalRecovery::Outcome JournalRecovery::recover(const QString &planPath,
                                                  const std::function<bool(const QString &)> &isSound)
{
    const Examination found = examine(planPath);
    if (found.journal == Journal::None)
        return {};
    const QString name = QFileInfo(planPath).fileName();
    const QString journal = journalPath(planPath);
    const QString folder = folderForFindings(planPath);
    const QString keptJournal = QDir(folder).filePath(QFileInfo(journal).fileName());
    if (!makePrivateFolder(folder))
        return { false,
                 {},
                 tr("%1 has an unfinished change, left as found: the folder %2 for copies of it cannot be "
                    "made.")
                     .arg(name, folder) };

    if (found.journal == Journal::Foreign) {
        if (!QFile::rename(journal, keptJournal)
            || !QFile::setPermissions(keptJournal, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return { false,
                     {},
                     tr("%1 has a journal beside it that is not this plan's (%2), and it cannot be moved "
                        "aside; move %3 away, then open the plan again.")
                         .arg(name, found.why, journal) };
        return { true,
                 tr("A journal beside %1 was not this plan's (%2), so it was not played; it is now in %3, and the "
                    "plan is as it was.")
                     .arg(name, found.why, folder),
                 {} };
    }

    const QString keptPlan = QDir(folder).filePath(name);
    if (!copyPrivately(planPath, keptPlan) || !copyPrivately(journal, keptJournal))
        return { false,
                 {},
                 tr("%1 has an unfinished change, left as found: copies of the plan and its journal "
                    "could not be made in %2 first.")
                     .arg(name, folder) };
    rollBack(planPath);
    if (isSound(planPath) && !QFileInfo::exists(journal)) {
        return { true,
                 tr("%1 had a change left unfinished when a program stopped; it was rolled back and the plan is "
                    "sound. The plan and journal as found are in %2.")
                     .arg(name, folder),
                 {} };
    }
    // Played, the journal did not give back a sound plan: the plan goes back as found.
    QFile::remove(journal);
    if (!putBack(keptPlan, planPath))
        return { false,
                 {},
                 tr("%1 was left unsound by its journal and could not be put back; the plan and journal "
                    "as found are in %2.")
                     .arg(name, folder) };
    return { true,
             tr("The journal beside %1 did not fit it (played, it left the plan unsound), so the plan was put back "
                "as found and the journal set aside in %2.")
                 .arg(name, folder),
             {} };
}

} // namespace careerplanner
