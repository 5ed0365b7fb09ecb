#include "core/storage/SqliteRows.h"

#include "core/storage/SqlHelpers.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace careerplanner {

namespace {

// "2026-03-01" as stored; an invalid date for anything else.
QDate isoDate(const char *text, int length)
{
    const auto digits = [text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    if (!text || length != 10 || text[4] != '-' || text[7] != '-')
        return {};
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2)); // invalid if any part is
}

} // namespace

SqliteRows::SqliteRows(const QSqlDatabase &db, const char *sql)
    : m_handle(sql::nativeHandle(db))
{
    if (!m_handle) {
        m_error = QCoreApplication::translate("SqliteRows", "The plan is not open.");
        return;
    }
    if (sqlite3_prepare_v2(m_handle, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        m_statement = nullptr;
    }
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_statement); // a no-op on null
}

void SqliteRows::bind(int parameter, qint64 value)
{
    if (m_statement && sqlite3_bind_int64(m_statement, parameter, value) != SQLITE_OK)
        fail();
}

void SqliteRows::bind(int parameter, const QString &text)
{
    // Kept here for as long as the statement reads it (no destructor: SQLITE_STATIC).
    const QByteArray &utf8 = m_boundTexts.emplace_back(text.toUtf8());
    if (m_statement
        && sqlite3_bind_text(m_statement, parameter, utf8.constData(), int(utf8.size()), nullptr) != SQLITE_OK)
        fail();
}

void SqliteRows::bind(int parameter, double value)
{
    if (m_statement && sqlite3_bind_double(m_statement, parameter, value) != SQLITE_OK)
        fail();
}

void SqliteRows::bindNull(int parameter)
{
    if (m_statement && sqlite3_bind_null(m_statement, parameter) != SQLITE_OK)
        fail();
}

bool SqliteRows::reset()
{
    if (!m_statement || (m_step != 0 && m_step != SQLITE_ROW && m_step != SQLITE_DONE))
        return false;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_boundTexts.clear();
    m_step = 0;
    return true;
}

void SqliteRows::fail()
{
    // The statement is given up: next() reads nothing and finished() says why.
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

bool SqliteRows::next()
{
    if (!m_statement || (m_step != 0 && m_step != SQLITE_ROW))
        return false;
    m_step = sqlite3_step(m_statement);
    if (m_step != SQLITE_ROW && m_step != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return m_step == SQLITE_ROW;
}

bool SqliteRows::finished(QString *error) const
{
    if (m_statement && m_step == SQLITE_DONE)
        return true;
    *error
        = m_error.isEmpty() ? QCoreApplication::translate("SqliteRows", "The read stopped before its end.") : m_error;
    return false;
}

qint64 SqliteRows::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

int SqliteRows::integer(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

double SqliteRows::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::optional<int> SqliteRows::optionalInteger(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<int>(integer(column));
}

QString SqliteRows::text(int column) const
{
    // sqlite3_column_text before sqlite3_column_bytes, as SQLite's documentation asks.
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QString();
}

QDate SqliteRows::date(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return isoDate(utf8, utf8 ? sqlite3_column_bytes(m_statement, column) : 0);
}

} // namespace careerplanner
