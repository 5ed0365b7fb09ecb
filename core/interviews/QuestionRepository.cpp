#include "core/interviews/QuestionRepository.h"

#include "core/interviews/QuestionBank.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"

#include <QHash>
#include <QSqlQuery>

namespace careerplanner {

QuestionRepository::QuestionRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

bool QuestionRepository::load(QList<Question> *questions, QString *error) const
{
    questions->clear();
    QHash<qint64, int> index;
    SqliteRows rows(m_plan.connection(),
                    "SELECT id, text, stage, kind, source_file, source_section FROM question ORDER BY id");
    while (rows.next()) {
        Question question;
        question.id = rows.int64(0);
        question.text = rows.text(1);
        question.stage = rows.text(2);
        question.kind = rows.text(3);
        question.source = { rows.text(4), rows.text(5) };
        index.insert(question.id, static_cast<int>(questions->size()));
        questions->append(question);
    }
    if (!rows.finished(error))
        return false;
    SqliteRows tags(m_plan.connection(), "SELECT t.question_id, s.key, s.kind FROM question_tag t "
                                         "JOIN skill s ON s.id = t.skill_id ORDER BY t.question_id, s.position");
    while (tags.next()) {
        Question &question = (*questions)[index.value(tags.int64(0))];
        (tags.text(2) == Skill::kindToKey(Skill::Kind::Skill) ? question.skills : question.principles)
            .append(tags.text(1));
    }
    if (!tags.finished(error))
        return false;
    SqliteRows ladders(m_plan.connection(),
                       "SELECT question_id, ladder_name FROM question_ladder ORDER BY question_id, rowid");
    while (ladders.next())
        (*questions)[index.value(ladders.int64(0))].ladders.append(ladders.text(1));
    return ladders.finished(error);
}

bool QuestionRepository::writeTagsAndLadders(const Question &question, QString *error)
{
    QSqlQuery q(m_plan.connection());
    for (const char *table : { "question_tag", "question_ladder" }) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE question_id = ?").arg(QLatin1String(table)));
        q.addBindValue(question.id);
        if (!sql::exec(q, error))
            return false;
    }
    // A key the plan has no skill for selects nothing: save() has refused such a question.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO question_tag (question_id, skill_id) "
                             "SELECT ?, id FROM skill WHERE key = ?"));
    for (const QStringList &keys : { question.principles, question.skills }) {
        for (const QString &key : keys) {
            q.addBindValue(question.id);
            q.addBindValue(sql::text(key));
            if (!sql::exec(q, error))
                return false;
        }
    }
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO question_ladder (question_id, ladder_name) VALUES (?, ?)"));
    for (const QString &ladder : question.ladders) {
        q.addBindValue(question.id);
        q.addBindValue(sql::text(ladder.trimmed()));
        if (!sql::exec(q, error))
            return false;
    }
    return true;
}

bool QuestionRepository::write(Question &question, QString *error)
{
    QSqlQuery q(m_plan.connection());
    if (question.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO question (text, stage, kind, source_file, source_section) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE question SET text = ?, stage = ?, kind = ?, source_file = ?, "
                                 "source_section = ? WHERE id = ?"));
    }
    q.addBindValue(sql::text(question.text.trimmed()));
    q.addBindValue(question.stage);
    q.addBindValue(question.kind);
    q.addBindValue(sql::text(question.source.file));
    q.addBindValue(sql::text(question.source.file.isEmpty() ? QString() : question.source.section));
    if (question.id != 0)
        q.addBindValue(question.id);
    if (question.id == 0 ? !sql::insert(q, &question.id, error) : !sql::exec(q, error))
        return false;
    return writeTagsAndLadders(question, error);
}

bool QuestionRepository::save(Question &question, const QList<Skill> &skills, QString *error)
{
    const QString problem = QuestionBank::validate(question, skills);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return runInTransaction(m_plan.connection(), error, [&] { return write(question, error); });
}

bool QuestionRepository::insertAll(QList<Question> *questions, QString *error)
{
    return runInTransaction(m_plan.connection(), error, [&] {
        for (Question &question : *questions) {
            question.id = 0;
            if (!write(question, error))
                return false;
        }
        return true;
    });
}

bool QuestionRepository::remove(qint64 questionId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("question"), questionId, error);
}

} // namespace careerplanner
