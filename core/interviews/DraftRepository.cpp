#include "core/interviews/DraftRepository.h"

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
    return QCoreApplication::translate("DraftRepository", text);
}

} // namespace

DraftRepository::DraftRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

QString DraftRepository::validate(const WritingDraft &draft)
{
    if (draft.title.trimmed().isEmpty())
        return tr("A draft needs a title.");
    if (draft.title.size() > MaximumTitleLength)
        return tr("Keep the title under %1 characters.").arg(MaximumTitleLength);
    if (draft.body.size() > MaximumBodyLength)
        return tr("A draft holds at most %1 characters; the exercise asks for a page or two.").arg(MaximumBodyLength);
    if (!draft.writtenOn.isValid() || !PathValidator::dateInRange(draft.writtenOn))
        return tr("The date must be a real date between 1950 and 2200.");
    return {};
}

bool DraftRepository::load(QList<WritingDraft> *drafts, QString *error) const
{
    drafts->clear();
    SqliteRows rows(m_plan.connection(),
                    "SELECT id, title, template, body, written_on FROM writing_draft ORDER BY written_on DESC, id");
    while (rows.next())
        drafts->append({ rows.int64(0), rows.text(1), rows.text(2), rows.text(3), rows.date(4) });
    return rows.finished(error);
}

bool DraftRepository::save(WritingDraft &draft, QString *error)
{
    const QString problem = validate(draft);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSqlQuery q(m_plan.connection());
    if (draft.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO writing_draft (title, template, body, written_on) VALUES (?, ?, ?, ?)"));
    } else {
        q.prepare(
            QStringLiteral("UPDATE writing_draft SET title = ?, template = ?, body = ?, written_on = ? WHERE id = ?"));
    }
    q.addBindValue(sql::text(draft.title.trimmed()));
    q.addBindValue(sql::text(draft.templateKey));
    q.addBindValue(sql::text(draft.body));
    q.addBindValue(sql::date(draft.writtenOn));
    if (draft.id != 0)
        q.addBindValue(draft.id);
    return runInTransaction(m_plan.connection(), error,
                            [&] { return draft.id == 0 ? sql::insert(q, &draft.id, error) : sql::exec(q, error); });
}

bool DraftRepository::remove(qint64 draftId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("writing_draft"), draftId, error);
}

} // namespace careerplanner
