#include "core/conversations/FeedbackRepository.h"

#include "core/skills/SkillTags.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"

#include <QHash>
#include <QSqlQuery>

namespace careerplanner {

namespace {

const QString TagTable = QStringLiteral("feedback_tag");
const QString TagOwner = QStringLiteral("feedback_id");

} // namespace

FeedbackRepository::FeedbackRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

QString FeedbackRepository::validate(const FeedbackQuote &quote, const QList<Skill> &skills, const QDate &today)
{
    const QString problem = FeedbackQuote::validate(quote, today);
    return problem.isEmpty() ? SkillTags::problem(quote.tags, skills) : problem;
}

bool FeedbackRepository::load(QList<FeedbackQuote> *quotes, QString *error) const
{
    quotes->clear();
    SqliteRows rows(m_plan.connection(), "SELECT id, received_on, person, source, quote FROM feedback_quote "
                                         "ORDER BY received_on IS NULL, received_on DESC, id DESC");
    while (rows.next()) {
        FeedbackQuote quote;
        quote.id = rows.int64(0);
        quote.receivedOn = rows.date(1);
        quote.person = rows.text(2);
        quote.source = FeedbackQuote::sourceFromKey(rows.text(3)).value_or(FeedbackQuote::Source::Other);
        quote.quote = rows.text(4);
        quotes->append(quote);
    }
    if (!rows.finished(error))
        return false;
    QHash<qint64, QStringList> tags;
    if (!SkillTags::load(m_plan, TagTable, TagOwner, &tags, error))
        return false;
    for (FeedbackQuote &quote : *quotes)
        quote.tags = tags.value(quote.id);
    return true;
}

bool FeedbackRepository::save(FeedbackQuote &quote, const QList<Skill> &skills, const QDate &today, QString *error)
{
    const QString problem = validate(quote, skills, today);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return runInTransaction(m_plan.connection(), error, [&] {
        QSqlQuery q(m_plan.connection());
        if (quote.id == 0) {
            q.prepare(QStringLiteral("INSERT INTO feedback_quote (received_on, person, source, quote) "
                                     "VALUES (?, ?, ?, ?)"));
        } else {
            q.prepare(QStringLiteral("UPDATE feedback_quote SET received_on = ?, person = ?, source = ?, quote = ? "
                                     "WHERE id = ?"));
        }
        q.addBindValue(sql::date(quote.receivedOn));
        q.addBindValue(sql::text(quote.person.trimmed()));
        q.addBindValue(FeedbackQuote::sourceKey(quote.source));
        q.addBindValue(sql::text(quote.quote.trimmed()));
        if (quote.id != 0)
            q.addBindValue(quote.id);
        if (quote.id == 0 ? !sql::insert(q, &quote.id, error) : !sql::exec(q, error))
            return false;
        return SkillTags::replace(m_plan, TagTable, TagOwner, quote.id, quote.tags, error);
    });
}

bool FeedbackRepository::remove(qint64 quoteId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("feedback_quote"), quoteId, error);
}

} // namespace careerplanner
