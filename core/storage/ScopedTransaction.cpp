#include "core/storage/ScopedTransaction.h"

#include "core/storage/SqlHelpers.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace careerplanner {

namespace {

bool inTransaction(const QSqlDatabase &db)
{
    sqlite3 *handle = sql::nativeHandle(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

} // namespace

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_nested(inTransaction(m_db))
{
    // Inside another transaction (an import writing many rows through the same repository
    // calls as single edits), a savepoint: the inner part can fail alone, the outer decides.
    QSqlQuery begin(m_db);
    m_active = begin.exec(m_nested ? QStringLiteral("SAVEPOINT nested") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = sql::describe(begin.lastError(), m_db.driver());
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        if (m_nested) {
            rollback.exec(QStringLiteral("ROLLBACK TO nested"));
            rollback.exec(QStringLiteral("RELEASE nested"));
        } else {
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
}

bool ScopedTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(m_nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT"))) {
        m_error = sql::describe(commitQuery.lastError(), m_db.driver());
        return false;
    }
    m_active = false;
    return true;
}

} // namespace careerplanner
