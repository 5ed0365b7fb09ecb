#include "ScopedTransaction.h"

#include "PlanFileGuard.h"

#include <QSqlError>
#include <QSqlQuery>

namespace careerplanner {

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        const QString refusal = PlanFileGuard::refusal(m_db.driver());
        m_error = refusal.isEmpty() ? begin.lastError().text() : refusal;
    }
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

bool ScopedTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(QStringLiteral("COMMIT"))) {
        const QString refusal = PlanFileGuard::refusal(m_db.driver());
        m_error = refusal.isEmpty() ? commitQuery.lastError().text() : refusal;
        return false;
    }
    m_active = false;
    return true;
}

} // namespace careerplanner
