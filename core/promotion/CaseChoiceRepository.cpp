#include "core/promotion/CaseChoiceRepository.h"

#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace careerplanner {

CaseChoiceRepository::CaseChoiceRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

bool CaseChoiceRepository::load(QHash<qint64, CaseChoices> *choices, QString *error) const
{
    choices->clear();
    SqliteRows rows(m_plan.connection(),
                    "SELECT step_id, criterion, milestone_id, story_id, feedback_id, included FROM case_choice "
                    "ORDER BY step_id, criterion, position");
    while (rows.next()) {
        CaseChoice choice;
        choice.criterion = rows.text(1);
        if (!rows.isNull(2)) {
            choice.kind = CaseEvidence::Kind::Milestone;
            choice.itemId = rows.int64(2);
        } else if (!rows.isNull(3)) {
            choice.kind = CaseEvidence::Kind::Story;
            choice.itemId = rows.int64(3);
        } else {
            choice.kind = CaseEvidence::Kind::Feedback;
            choice.itemId = rows.int64(4);
        }
        choice.included = rows.int64(5) != 0;
        (*choices)[rows.int64(0)].append(choice);
    }
    return rows.finished(error);
}

bool CaseChoiceRepository::replace(qint64 stepId, const QString &criterion, const CaseChoices &choices, QString *error)
{
    if (criterion.isEmpty() || criterion.size() > MaximumCaseCriterionLength) {
        *error = QCoreApplication::translate("CaseChoiceRepository", "That criterion is not one a case can hold.");
        return false;
    }
    return runInTransaction(m_plan.connection(), error, [&] {
        QSqlQuery q(m_plan.connection());
        q.prepare(QStringLiteral("DELETE FROM case_choice WHERE step_id = ? AND criterion = ?"));
        q.addBindValue(stepId);
        q.addBindValue(criterion);
        if (!sql::exec(q, error))
            return false;
        q.prepare(QStringLiteral("INSERT INTO case_choice (step_id, criterion, milestone_id, story_id, feedback_id, "
                                 "included, position) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        const QVariant none(QMetaType::fromType<qint64>());
        for (int i = 0; i < choices.size(); ++i) {
            const CaseChoice &choice = choices.at(i);
            q.addBindValue(stepId);
            q.addBindValue(criterion);
            q.addBindValue(choice.kind == CaseEvidence::Kind::Milestone ? QVariant(choice.itemId) : none);
            q.addBindValue(choice.kind == CaseEvidence::Kind::Story ? QVariant(choice.itemId) : none);
            q.addBindValue(choice.kind == CaseEvidence::Kind::Feedback ? QVariant(choice.itemId) : none);
            q.addBindValue(choice.included ? 1 : 0);
            q.addBindValue(i);
            if (!sql::exec(q, error))
                return false;
        }
        return true;
    });
}

} // namespace careerplanner
