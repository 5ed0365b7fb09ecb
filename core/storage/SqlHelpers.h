#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

struct sqlite3;

namespace careerplanner {

namespace sql {

// Executes a prepared query; on failure puts the reason into *error (see describe()).
bool exec(QSqlQuery &query, QString *error);
// Prepares and executes one statement without values (a pragma, DDL), as exec() does.
bool run(QSqlDatabase db, const QString &statement, QString *error);
// A failed statement in words for the user: the file guard's refusal if it refused, a
// full disk said plainly, the driver's message otherwise.
QString describe(const QSqlError &failure, const QSqlDriver *driver);
// The connection's own SQLite handle, for the few reads too large to go through QVariants;
// null if the connection is not an open SQLite one.
sqlite3 *nativeHandle(const QSqlDatabase &db);
// Treats the file's schema as outside input (SQLite's defensive mode, trusted_schema off):
// no function that is not harmless runs from a view, trigger, index or default, and no
// statement can change the schema's storage behind SQLite's back. False if not applied.
bool distrustSchema(const QSqlDatabase &db);
// Rows the connection has inserted, changed or deleted since it opened (every edit and
// every undo moves it): what a figure read from the file was read at.
qint64 changeCount(const QSqlDatabase &db);

// A QString that is empty but not null, for NOT NULL text columns: Qt binds a null
// QString as SQL NULL.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// Dates are stored as ISO text ("2026-03-01"); a null date as SQL NULL.
QVariant date(const QDate &value);
QDate toDate(const QVariant &value);

template<typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

template<typename T> std::optional<T> optionalValue(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

// Executes a prepared INSERT and gives the new row's id.
bool insert(QSqlQuery &query, qint64 *id, QString *error);
// Whether the plan has a table called name (a plan of an older schema, read without
// migrating it, may lack one); false with *error if the question itself failed.
bool hasTable(QSqlDatabase db, const QString &name, bool *present, QString *error);
// Deletes one row of table by its id (the rows that refer to it go with it, by the
// schema's ON DELETE CASCADE).
bool removeById(QSqlDatabase db, const QString &table, qint64 id, QString *error);

// Inserts an ordered list of texts as (owner, kind, position, text) rows.
bool insertTexts(QSqlDatabase db, const QString &table, const QString &ownerColumn, qint64 ownerId, const QString &kind,
                 const QStringList &texts, QString *error);

} // namespace sql
} // namespace careerplanner
