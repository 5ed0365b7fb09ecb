#include "core/interviews/PracticeRepository.h"

#include "core/base/HappenedDate.h"
#include "core/path/PathValidator.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PracticeRepository", text);
}

} // namespace

PracticeRepository::PracticeRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

QString PracticeRepository::validate(const PracticeAttempt &attempt, const QDate &today)
{
    if (attempt.questionId <= 0)
        return tr("A practice attempt answers a question of the bank.");
    if (!attempt.practisedOn.isValid() || !PathValidator::dateInRange(attempt.practisedOn))
        return tr("The date must be a real date between 1950 and 2200.");
    const QString early = HappenedDate::problem(HappenedDate::Kind::Practice, attempt.practisedOn, today);
    if (!early.isEmpty())
        return early;
    if (attempt.secondsTaken < 0 || attempt.secondsTaken > MaximumSeconds)
        return tr("The time taken must be between 0 seconds and a day.");
    if (attempt.timeLimit < 0 || attempt.timeLimit > MaximumSeconds)
        return tr("The time limit must be between 1 second and a day, or none.");
    for (const int rating : { attempt.structure, attempt.specificity, attempt.result, attempt.fit, attempt.length }) {
        if (rating < PracticeAttempt::LowestRating || rating > PracticeAttempt::HighestRating)
            return tr("Each rating is from %1 to %2.")
                .arg(PracticeAttempt::LowestRating)
                .arg(PracticeAttempt::HighestRating);
    }
    return {};
}

bool PracticeRepository::load(QList<PracticeAttempt> *attempts, QString *error) const
{
    attempts->clear();
    SqliteRows rows(m_plan.connection(),
                    "SELECT id, question_id, practised_on, seconds_taken, time_limit, story_id, structure, "
                    "specificity, result, fit, length, note FROM practice_attempt ORDER BY practised_on, id");
    while (rows.next()) {
        PracticeAttempt attempt;
        attempt.id = rows.int64(0);
        attempt.questionId = rows.int64(1);
        attempt.practisedOn = rows.date(2);
        attempt.secondsTaken = rows.integer(3);
        attempt.timeLimit = rows.optionalInteger(4).value_or(0);
        attempt.storyId = rows.isNull(5) ? 0 : rows.int64(5);
        attempt.structure = rows.integer(6);
        attempt.specificity = rows.integer(7);
        attempt.result = rows.integer(8);
        attempt.fit = rows.integer(9);
        attempt.length = rows.integer(10);
        attempt.note = rows.text(11);
        attempts->append(attempt);
    }
    return rows.finished(error);
}

bool PracticeRepository::save(PracticeAttempt &attempt, const QDate &today, QString *error)
{
    const QString problem = validate(attempt, today);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSqlQuery q(m_plan.connection());
    if (attempt.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO practice_attempt (question_id, practised_on, seconds_taken, time_limit, "
                                 "story_id, structure, specificity, result, fit, length, note) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE practice_attempt SET question_id = ?, practised_on = ?, seconds_taken = ?, "
                                 "time_limit = ?, story_id = ?, structure = ?, specificity = ?, result = ?, fit = ?, "
                                 "length = ?, note = ? WHERE id = ?"));
    }
    q.addBindValue(attempt.questionId);
    q.addBindValue(sql::date(attempt.practisedOn));
    q.addBindValue(attempt.secondsTaken);
    q.addBindValue(attempt.timeLimit > 0 ? QVariant(attempt.timeLimit) : QVariant());
    q.addBindValue(attempt.storyId > 0 ? QVariant(attempt.storyId) : QVariant());
    for (const int rating : { attempt.structure, attempt.specificity, attempt.result, attempt.fit, attempt.length })
        q.addBindValue(rating);
    q.addBindValue(sql::text(attempt.note));
    if (attempt.id != 0)
        q.addBindValue(attempt.id);
    return runInTransaction(m_plan.connection(), error,
                            [&] { return attempt.id == 0 ? sql::insert(q, &attempt.id, error) : sql::exec(q, error); });
}

bool PracticeRepository::remove(qint64 attemptId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("practice_attempt"), attemptId, error);
}

} // namespace careerplanner
