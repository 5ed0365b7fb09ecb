#pragma once
// Small helpers shared by the tests that look at files on disk.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace testfiles {

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// One value from a plan through a separate, short-lived connection: what is really in the file.
inline QVariant queryValue(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Makes the root page of one of a plan's indexes unreadable (its page-type byte) and
// leaves the tables whole: a plan that reads fine and fails its integrity check.
inline bool damageIndexPage(const QString &path, const QString &index)
{
    const int root = queryValue(path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'index' "
                                                     "AND name = '%1'")
                                          .arg(index))
                         .toInt();
    const int pageSize = queryValue(path, QStringLiteral("PRAGMA page_size")).toInt();
    QByteArray bytes = readBytes(path);
    const qint64 at = static_cast<qint64>(root - 1) * pageSize;
    if (root < 2 || pageSize <= 0 || at >= bytes.size())
        return false;
    bytes[at] = char(0x33); // b-tree pages are of types 2, 5, 10 and 13
    return writeBytes(path, bytes);
}

// Every row of every table of a plan, rowid included, as text: two dumps are equal only if
// the file's data is.
inline QString dumpTables(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    QString dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name"),
                             db);
            while (tables.next()) {
                const QString table = tables.value(0).toString();
                dump += QStringLiteral("== %1\n").arg(table);
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT rowid, * FROM \"%1\" ORDER BY rowid").arg(table));
                while (rows.next()) {
                    QStringList values;
                    for (int i = 0; i < rows.record().count(); ++i) {
                        const QVariant value = rows.value(i);
                        values.append(value.isNull() ? QStringLiteral("NULL")
                                                     : QStringLiteral("%1:%2").arg(
                                                         QString::fromLatin1(value.typeName()), value.toString()));
                    }
                    dump += values.join(QLatin1Char('|')) + QLatin1Char('\n');
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

} // namespace testfiles
