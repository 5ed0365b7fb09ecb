#include "ScopedTransaction.h"

#include "PlanFileGuard.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace careerplanner {

namespace {

bool inTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    return sqlite3_get_autocommit(*static_cast<sqlite3 *const *>(handle.constData())) == 0;
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
    if (!m_active) {
        const QString refusal = PlanFileGuard::refusal(m_db.driver());
        m_error = refusal.isEmpty() ? begin.lastError().text() : refusal;
    }
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
        const QString refusal = PlanFileGuard::refusal(m_db.driver());
        m_error = refusal.isEmpty() ? commitQuery.lastError().text() : refusal;
        return false;
    }
    m_active = false;
    return true;
}

} // namespace careerplanner
