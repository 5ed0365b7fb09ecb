#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace careerplanner {

// Opens a write transaction (BEGIN IMMEDIATE, so a competing writer is refused up front
// rather than half-way) and rolls it back unless commit() succeeds. Inside another
// transaction it is a savepoint of that one.
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
    bool m_nested = false;
    bool m_active = false;
    QString m_error;
};

// Runs body in one write transaction, committed only if body returned true; otherwise
// (or if the transaction cannot start or commit) *error says why and nothing is kept.
template<typename Body> bool runInTransaction(QSqlDatabase db, QString *error, Body body)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = QCoreApplication::translate("ScopedTransaction", "The plan file is busy or read-only: %1")
                     .arg(transaction.errorText());
        return false;
    }
    if (!body())
        return false;
    if (!transaction.commit()) {
        *error = QCoreApplication::translate("ScopedTransaction", "The change could not be saved: %1")
                     .arg(transaction.errorText());
        return false;
    }
    return true;
}

} // namespace careerplanner
