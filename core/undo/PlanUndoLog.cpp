#include "core/undo/PlanUndoLog.h"

#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

namespace careerplanner {

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// A SQL string literal holding text; the log's statements are built by concatenation in SQL.
QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

QStringList userTables(QSqlDatabase db)
{
    QStringList tables;
    QSqlQuery query(QStringLiteral("SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%' ORDER BY name"),
                    db);
    while (query.next())
        tables.append(query.value(0).toString());
    return tables;
}

QStringList columnsOf(QSqlDatabase db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(quoted(table)));
    while (query.next())
        columns.append(query.value(1).toString());
    return columns;
}

// The three triggers of one table. Each writes a statement whose values are the row's old
// values passed through quote(), so text, numbers, blobs and NULL come back as they were.
QStringList triggersFor(const QString &table, const QStringList &columns)
{
    const QString target = QStringLiteral("main.") + quoted(table);
    QStringList names;
    QStringList oldValues;
    QStringList assignments;
    for (const QString &column : columns) {
        names.append(quoted(column));
        oldValues.append(QStringLiteral("quote(old.%1)").arg(quoted(column)));
        assignments.append(
            QStringLiteral("%1 || quote(old.%2)").arg(literal(quoted(column) + QLatin1Char('=')), quoted(column)));
    }
    const QString base = QStringLiteral("undo_") + table;
    // Table names in a trigger body cannot be qualified; a temporary trigger finds the log.
    const QString log = QStringLiteral("INSERT INTO undo_log (statement) VALUES (%1);");
    return {
        QStringLiteral("CREATE TEMP TRIGGER %1 AFTER INSERT ON %2 BEGIN %3 END")
            .arg(quoted(base + QStringLiteral("_insert")), target,
                 log.arg(literal(QStringLiteral("DELETE FROM %1 WHERE rowid = ").arg(target))
                         + QStringLiteral(" || new.rowid"))),
        QStringLiteral("CREATE TEMP TRIGGER %1 AFTER UPDATE ON %2 BEGIN %3 END")
            .arg(quoted(base + QStringLiteral("_update")), target,
                 log.arg(literal(QStringLiteral("UPDATE %1 SET ").arg(target)) + QStringLiteral(" || ")
                         + assignments.join(QStringLiteral(" || ', ' || ")) + QStringLiteral(" || ")
                         + literal(QStringLiteral(" WHERE rowid = ")) + QStringLiteral(" || old.rowid"))),
        QStringLiteral("CREATE TEMP TRIGGER %1 BEFORE DELETE ON %2 BEGIN %3 END")
            .arg(quoted(base + QStringLiteral("_delete")), target,
                 log.arg(literal(QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (")
                                     .arg(target, names.join(QStringLiteral(", "))))
                         + QStringLiteral(" || old.rowid || ', ' || ") + oldValues.join(QStringLiteral(" || ', ' || "))
                         + QStringLiteral(" || ')'"))),
    };
}

// Runs of logged inserts into the same table as multi-row inserts, in the same order: a redo
// of 60,000 market reports parsed one statement per row took 2.2 s, one per 256 rows a
// quarter of that. The log writes them all as "INSERT INTO t (rowid, ...) VALUES (...)".
QStringList mergedInserts(const QStringList &statements)
{
    static const QString values = QStringLiteral(" VALUES (");
    constexpr int RowsPerStatement = 256;
    QStringList merged;
    QString prefix; // of the insert being added to; empty when the last one was not an insert
    int rows = 0;
    for (const QString &statement : statements) {
        const qsizetype at = statement.startsWith(QLatin1String("INSERT INTO ")) ? statement.indexOf(values) : -1;
        const QStringView head = at < 0 ? QStringView() : QStringView(statement).left(at + values.size() - 1);
        if (at >= 0 && rows > 0 && rows < RowsPerStatement && head == prefix) {
            merged.last().append(QLatin1String(", ")).append(QStringView(statement).mid(head.size()));
            ++rows;
            continue;
        }
        merged.append(statement);
        prefix = head.toString();
        rows = at < 0 ? 0 : 1;
    }
    return merged;
}

} // namespace

bool PlanUndoLog::install(QSqlDatabase db, QString *error)
{
    // A REPLACE that removes a row fires its delete trigger only with recursive triggers on;
    // the log's own table has no triggers, so nothing recurses.
    // The log is the session's alone: in memory, not in a temporary file an import of
    // 60,000 rows would write to again and again.
    if (!sql::run(db, QStringLiteral("PRAGMA recursive_triggers = ON"), error)
        || !sql::run(db, QStringLiteral("PRAGMA temp_store = MEMORY"), error)
        || !sql::run(db,
                     QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                    "statement TEXT NOT NULL)"),
                     error))
        return false;
    // One transaction for all the triggers: the schema is re-read once, not once each.
    const QStringList tables = userTables(db);
    if (!sql::run(db, QStringLiteral("BEGIN"), error))
        return false;
    for (const QString &table : tables) {
        for (const QString &trigger : triggersFor(table, columnsOf(db, table))) {
            if (!sql::run(db, trigger, error)) {
                sql::run(db, QStringLiteral("ROLLBACK"), error);
                return false;
            }
        }
    }
    return sql::run(db, QStringLiteral("COMMIT"), error);
}

qint64 PlanUndoLog::mark(QSqlDatabase db)
{
    QSqlQuery query(QStringLiteral("SELECT coalesce(max(seq), 0) FROM temp.undo_log"), db);
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool PlanUndoLog::replay(QSqlDatabase db, const Range &range, Range *inverse, QString *error)
{
    return runInTransaction(db, error, [&] {
        // Rows come back children first when a delete cascaded; the keys are checked at commit.
        if (!sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), error))
            return false;
        QStringList statements;
        QSqlQuery read(db);
        read.prepare(QStringLiteral("SELECT statement FROM temp.undo_log WHERE seq BETWEEN ? AND ? ORDER BY seq DESC"));
        read.addBindValue(range.first);
        read.addBindValue(range.last);
        if (!sql::exec(read, error))
            return false;
        while (read.next())
            statements.append(read.value(0).toString());
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM temp.undo_log WHERE seq BETWEEN ? AND ?"));
        drop.addBindValue(range.first);
        drop.addBindValue(range.last);
        if (!sql::exec(drop, error))
            return false;
        const qint64 before = mark(db);
        // Straight through SQLite: an import taken back or redone is thousands of statements.
        sqlite3 *handle = sql::nativeHandle(db);
        for (const QString &statement : mergedInserts(statements)) {
            if (!handle) {
                if (!sql::run(db, statement, error))
                    return false;
            } else if (sqlite3_exec(handle, statement.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
                return false;
            }
        }
        *inverse = { before + 1, mark(db) };
        return true;
    });
}

PlanUndoLog::UnloggedInserts::UnloggedInserts(QSqlDatabase db, const QString &table)
    : m_db(db)
    , m_table(table)
{
    const QString name = QStringLiteral("undo_") + table + QStringLiteral("_insert");
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM temp.sqlite_schema WHERE type = 'trigger' AND name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return; // no log: nothing to suspend
    QString ignored;
    // Made again as install() makes it: the schema keeps its text without TEMP.
    if (sql::run(db, QStringLiteral("DROP TRIGGER temp.%1").arg(quoted(name)), &ignored))
        m_trigger = triggersFor(table, columnsOf(db, table)).constFirst();
}

PlanUndoLog::UnloggedInserts::~UnloggedInserts()
{
    QString error;
    if (!m_trigger.isEmpty() && !sql::run(m_db, m_trigger, &error))
        qWarning("The undo log of %s could not be made again: %s", qPrintable(m_table), qPrintable(error));
}

} // namespace careerplanner
