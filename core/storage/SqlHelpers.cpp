#include "core/storage/SqlHelpers.h"

#include "core/storage/PlanFileGuard.h"
#include "core/storage/SqliteRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace careerplanner::sql {

QString describe(const QSqlError &failure, const QSqlDriver *driver)
{
    const QString refusal = PlanFileGuard::refusal(driver);
    if (!refusal.isEmpty())
        return refusal;
    // SQLITE_FULL (13): the disk, or the file's size limit, has no room for the change.
    if (failure.nativeErrorCode() == QLatin1String("13"))
        return QCoreApplication::translate("sql", "The disk is full, so the change was not saved; the plan is as "
                                                  "it was before it. Free some space and try again.");
    return failure.text();
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool distrustSchema(const QSqlDatabase &db)
{
    sqlite3 *handle = nativeHandle(db);
    return handle && sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr) == SQLITE_OK
           && sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr) == SQLITE_OK;
}

qint64 changeCount(const QSqlDatabase &db)
{
    sqlite3 *handle = nativeHandle(db);
    return handle ? sqlite3_total_changes64(handle) : -1;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    // A statement outside a transaction commits by itself, so the guard may refuse it.
    *error = describe(query.lastError(), query.driver());
    return false;
}

bool run(QSqlDatabase db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    query.prepare(statement);
    return exec(query, error);
}

QVariant date(const QDate &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value.toString(Qt::ISODate));
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

bool insertTexts(QSqlDatabase db, const QString &table, const QString &ownerColumn, qint64 ownerId, const QString &kind,
                 const QStringList &texts, QString *error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO %1 (%2, kind, position, text) VALUES (?, ?, ?, ?)").arg(table, ownerColumn));
    for (int i = 0; i < texts.size(); ++i) {
        query.addBindValue(ownerId);
        query.addBindValue(kind);
        query.addBindValue(i);
        query.addBindValue(text(texts.at(i)));
        if (!exec(query, error))
            return false;
    }
    return true;
}

bool insert(QSqlQuery &query, qint64 *id, QString *error)
{
    if (!exec(query, error))
        return false;
    *id = query.lastInsertId().toLongLong();
    return true;
}

bool hasTable(QSqlDatabase db, const QString &name, bool *present, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    if (!exec(query, error))
        return false;
    *present = query.next() && query.value(0).toInt() > 0;
    return true;
}

bool removeById(QSqlDatabase db, const QString &table, qint64 id, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return exec(query, error);
}

} // namespace careerplanner::sql
