#include "core/skills/SkillTags.h"

#include "core/skills/SkillRepository.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace careerplanner {

QString SkillTags::problem(const QStringList &tags, const QList<Skill> &skills)
{
    for (const QString &tag : tags) {
        if (!containsSkill(skills, tag))
            return QCoreApplication::translate("SkillTags", "“%1” is not a skill or Leadership Principle of this plan.")
                .arg(tag);
    }
    return {};
}

bool SkillTags::load(PlanDatabase &plan, const QString &table, const QString &ownerColumn,
                     QHash<qint64, QStringList> *tags, QString *error)
{
    tags->clear();
    const QByteArray sql = QStringLiteral("SELECT t.%2, s.key FROM %1 t JOIN skill s ON s.id = t.skill_id "
                                          "ORDER BY t.%2, s.position")
                               .arg(table, ownerColumn)
                               .toUtf8();
    SqliteRows rows(plan.connection(), sql.constData());
    while (rows.next())
        (*tags)[rows.int64(0)].append(rows.text(1));
    return rows.finished(error);
}

bool SkillTags::replace(PlanDatabase &plan, const QString &table, const QString &ownerColumn, qint64 owner,
                        const QStringList &tags, QString *error)
{
    QSqlQuery q(plan.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn));
    q.addBindValue(owner);
    if (!sql::exec(q, error))
        return false;
    q.prepare(QStringLiteral("INSERT INTO %1 (%2, skill_id) VALUES (?, %3)")
                  .arg(table, ownerColumn, SkillRepository::SkillIdSql));
    for (const QString &tag : tags) {
        q.addBindValue(owner);
        q.addBindValue(sql::text(tag));
        if (!sql::exec(q, error))
            return false;
    }
    return true;
}

} // namespace careerplanner
