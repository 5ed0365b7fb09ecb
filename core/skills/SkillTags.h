#pragma once

#include "core/skills/Skill.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace careerplanner {

class PlanDatabase;

// The skill and Leadership Principle tags of stories, feedback and the like, kept in a
// table of (owner, skill_id) rows: read by owner, replaced in the caller's transaction.
class SkillTags
{
public:
    // Why tags cannot be kept (empty when they can): each must name a skill of skills.
    static QString problem(const QStringList &tags, const QList<Skill> &skills);
    // table's tags by owner id, each owner's in catalogue order.
    static bool load(PlanDatabase &plan, const QString &table, const QString &ownerColumn,
                     QHash<qint64, QStringList> *tags, QString *error);
    static bool replace(PlanDatabase &plan, const QString &table, const QString &ownerColumn, qint64 owner,
                        const QStringList &tags, QString *error);
};

} // namespace careerplanner
