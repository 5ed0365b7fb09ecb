#include "ui/widgets/TagLists.h"

#include "ui/widgets/CheckList.h"

#include <QLabel>
#include <QVBoxLayout>

namespace careerplanner {

TagLists::TagLists(const QString &prefix, const QList<Skill> &skills, const QStringList &tags,
                   const QString &principlesLabel, const QString &skillsLabel, QWidget *parent)
    : QWidget(parent)
    , m_principles(new CheckList(prefix + QStringLiteral("Principles"), this))
    , m_skills(new CheckList(prefix + QStringLiteral("Skills"), this))
{
    m_principles->addSkills(skills, Skill::Kind::LeadershipPrinciple, tags);
    m_skills->addSkills(skills, Skill::Kind::Skill, tags);
    auto *principles = new QLabel(principlesLabel, this);
    auto *skillNames = new QLabel(skillsLabel, this);
    principles->setBuddy(m_principles);
    skillNames->setBuddy(m_skills);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(principles);
    layout->addWidget(m_principles, 2);
    layout->addWidget(skillNames);
    layout->addWidget(m_skills, 1);
    for (CheckList *list : { m_principles, m_skills })
        connect(list, &CheckList::checksChanged, this, &TagLists::checksChanged);
}

QStringList TagLists::checkedKeys() const
{
    return m_principles->checkedKeys() + m_skills->checkedKeys();
}

} // namespace careerplanner
