#pragma once

#include "core/interviews/PracticeAttempt.h"

#include <QDate>
#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Reads and writes a plan's practice attempts. Each write is checked first and is one
// transaction.
class PracticeRepository
{
public:
    static constexpr int MaximumSeconds = 86400;

    explicit PracticeRepository(PlanDatabase &plan);

    // Why the attempt cannot be kept (empty when it can): a date after today among others.
    static QString validate(const PracticeAttempt &attempt, const QDate &today);
    bool load(QList<PracticeAttempt> *attempts, QString *error) const; // oldest first
    bool save(PracticeAttempt &attempt, const QDate &today, QString *error); // new when id is 0
    bool remove(qint64 attemptId, QString *error);

private:
    PlanDatabase &m_plan;
};

} // namespace careerplanner
