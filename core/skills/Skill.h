#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace careerplanner {

// A skill the guides name, or one of Amazon's Leadership Principles. Stories are tagged
// with either kind; the level matrix covers skills.
struct Skill
{
    enum class Kind { Skill, LeadershipPrinciple };

    qint64 id = 0;
    QString key; // stable: "data", "customer_obsession"
    QString name;
    Kind kind = Kind::Skill;
    QString description;

    static QString kindToKey(Kind kind)
    {
        return kind == Kind::Skill ? QStringLiteral("skill") : QStringLiteral("leadership_principle");
    }
    bool operator==(const Skill &o) const
    {
        return key == o.key && name == o.name && kind == o.kind && description == o.description;
    }
};
// Whether key names one of skills (a skill or a Leadership Principle).
bool containsSkill(const QList<Skill> &skills, const QString &key);

} // namespace careerplanner
