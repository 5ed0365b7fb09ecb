#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <list>
#include <optional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace careerplanner {

// A forward-only read of a query straight through SQLite's own API, for the plan's
// numerous rows: Qt's driver makes a QVariant of every column of every row, which costs
// more than the read itself on a large plan.
//
//     SqliteRows rows(db, "SELECT id, title FROM milestone");
//     while (rows.next()) { ... rows.int64(0) ... rows.text(1) ... }
//     return rows.finished(error);
//
// An insert made for many rows is the same statement run again: bind, next(), reset().
class SqliteRows
{
public:
    SqliteRows(const QSqlDatabase &db, const char *sql);
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    // A value for the statement's ?N (from 1), given before the first next().
    void bind(int parameter, qint64 value);
    void bind(int parameter, const QString &text);
    void bind(int parameter, double value);
    void bindNull(int parameter);
    // Ready to run again from the start, with nothing bound; false (and finished() says
    // why) if the last run failed.
    bool reset();

    bool next(); // false at the end, or at an error
    // Every row read without an error; if not, *error says why.
    bool finished(QString *error) const;

    qint64 int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    std::optional<int> optionalInteger(int column) const;
    QString text(int column) const; // UTF-8 as stored; a null QString for NULL, as QVariant gives
    QDate date(int column) const; // ISO "2026-03-01"; invalid for NULL or anything else

private:
    void fail();

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_step = 0;
    QString m_error;
    std::list<QByteArray> m_boundTexts; // stable addresses
};

} // namespace careerplanner
