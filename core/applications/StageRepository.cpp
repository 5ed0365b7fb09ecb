#include "core/applications/StageRepository.h"

#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace careerplanner {

StageRepository::StageRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

QString StageRepository::validate(const ApplicationStage &stage, const QList<Skill> &skills)
{
    const QString problem = ApplicationStage::validate(stage);
    if (!problem.isEmpty())
        return problem;
    for (const QString &key : stage.principles) {
        if (std::none_of(skills.cbegin(), skills.cend(), [&key](const Skill &skill) { return skill.key == key; }))
            return QCoreApplication::translate("StageRepository", "“%1” is not a principle or skill of this plan.")
                .arg(key);
    }
    return {};
}

bool StageRepository::askedQuestions(const QDate &today, QMultiHash<qint64, QDate> *asked, QString *error) const
{
    asked->clear();
    SqliteRows rows(m_plan.connection(), "SELECT q.question_id, s.on_date FROM stage_question q "
                                         "JOIN application_stage s ON s.id = q.stage_id "
                                         "WHERE s.on_date IS NOT NULL AND s.on_date <= ?1");
    rows.bind(1, today.toString(Qt::ISODate));
    while (rows.next())
        asked->insert(rows.int64(0), rows.date(1));
    return rows.finished(error);
}

bool StageRepository::load(QList<ApplicationStage> *stages, QString *error) const
{
    stages->clear();
    QHash<qint64, int> index;
    SqliteRows rows(m_plan.connection(),
                    "SELECT id, application_id, name, kind, on_date, at_time, time_zone, duration_minutes, format, "
                    "interviewer, interviewer_role, rating, notes FROM application_stage "
                    "ORDER BY application_id, position, id");
    while (rows.next()) {
        ApplicationStage stage;
        stage.id = rows.int64(0);
        stage.applicationId = rows.int64(1);
        stage.name = rows.text(2);
        stage.kind = rows.text(3);
        stage.date = rows.date(4);
        stage.time = rows.isNull(5) ? QTime() : QTime::fromString(rows.text(5), Qt::ISODate);
        stage.timeZone = rows.text(6);
        stage.durationMinutes = rows.integer(7);
        stage.format = rows.text(8);
        stage.interviewer = rows.text(9);
        stage.interviewerRole = rows.text(10);
        stage.rating = rows.optionalInteger(11).value_or(0);
        stage.notes = rows.text(12);
        index.insert(stage.id, static_cast<int>(stages->size()));
        stages->append(stage);
    }
    if (!rows.finished(error))
        return false;
    SqliteRows tags(m_plan.connection(), "SELECT t.stage_id, s.key FROM stage_principle t "
                                         "JOIN skill s ON s.id = t.skill_id ORDER BY t.stage_id, s.position");
    while (tags.next())
        (*stages)[index.value(tags.int64(0))].principles.append(tags.text(1));
    if (!tags.finished(error))
        return false;
    SqliteRows asked(m_plan.connection(), "SELECT stage_id, question_id FROM stage_question ORDER BY stage_id, rowid");
    while (asked.next())
        (*stages)[index.value(asked.int64(0))].questionIds.append(asked.int64(1));
    return asked.finished(error);
}

bool StageRepository::writeTags(const ApplicationStage &stage, QString *error)
{
    QSqlQuery q(m_plan.connection());
    for (const char *table : { "stage_principle", "stage_question" }) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE stage_id = ?").arg(QLatin1String(table)));
        q.addBindValue(stage.id);
        if (!sql::exec(q, error))
            return false;
    }
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO stage_principle (stage_id, skill_id) "
                             "SELECT ?, id FROM skill WHERE key = ?"));
    for (const QString &key : stage.principles) {
        q.addBindValue(stage.id);
        q.addBindValue(sql::text(key));
        if (!sql::exec(q, error))
            return false;
    }
    // A question gone from the bank meanwhile is refused by its foreign key.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO stage_question (stage_id, question_id) VALUES (?, ?)"));
    for (const qint64 question : stage.questionIds) {
        q.addBindValue(stage.id);
        q.addBindValue(question);
        if (!sql::exec(q, error))
            return false;
    }
    return true;
}

bool StageRepository::save(ApplicationStage &stage, const QList<Skill> &skills, QString *error)
{
    const QString problem = validate(stage, skills);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSqlQuery q(m_plan.connection());
    if (stage.id == 0) {
        q.prepare(
            QStringLiteral("INSERT INTO application_stage (application_id, name, kind, on_date, at_time, time_zone, "
                           "duration_minutes, format, interviewer, interviewer_role, rating, notes, position) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "(SELECT coalesce(max(position) + 1, 0) FROM application_stage WHERE application_id = ?))"));
    } else {
        q.prepare(QStringLiteral("UPDATE application_stage SET application_id = ?, name = ?, kind = ?, on_date = ?, "
                                 "at_time = ?, time_zone = ?, duration_minutes = ?, format = ?, interviewer = ?, "
                                 "interviewer_role = ?, rating = ?, notes = ? WHERE id = ?"));
    }
    q.addBindValue(stage.applicationId);
    q.addBindValue(sql::text(stage.name.trimmed()));
    q.addBindValue(stage.kind);
    q.addBindValue(sql::date(stage.date));
    q.addBindValue(stage.hasTime() ? QVariant(stage.time.toString(QStringLiteral("HH:mm:ss")))
                                   : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(sql::text(stage.timeZone));
    q.addBindValue(stage.durationMinutes);
    q.addBindValue(sql::text(stage.format));
    q.addBindValue(sql::text(stage.interviewer));
    q.addBindValue(sql::text(stage.interviewerRole));
    q.addBindValue(stage.rating > 0 ? QVariant(stage.rating) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(sql::text(stage.notes));
    q.addBindValue(stage.id == 0 ? stage.applicationId : stage.id); // the position's application, or the row
    return runInTransaction(m_plan.connection(), error, [&] {
        return (stage.id == 0 ? sql::insert(q, &stage.id, error) : sql::exec(q, error)) && writeTags(stage, error);
    });
}

bool StageRepository::remove(qint64 stageId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("application_stage"), stageId, error);
}

bool StageRepository::reorder(qint64 applicationId, const QList<qint64> &stageIds, QString *error)
{
    QSqlQuery q(m_plan.connection());
    q.prepare(QStringLiteral("UPDATE application_stage SET position = ? WHERE id = ? AND application_id = ?"));
    return runInTransaction(m_plan.connection(), error, [&] {
        for (int i = 0; i < stageIds.size(); ++i) {
            q.addBindValue(i);
            q.addBindValue(stageIds.at(i));
            q.addBindValue(applicationId);
            if (!sql::exec(q, error))
                return false;
        }
        return true;
    });
}

} // namespace careerplanner
