#pragma once

#include <QSqlDatabase>
#include <QString>

namespace careerplanner {

// Opens a write transaction (BEGIN IMMEDIATE, so a competing writer is refused up front
// rather than half-way) and rolls it back unless commit() succeeds.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorText() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace careerplanner
