#pragma once

#include "core/skills/Skill.h"

#include <QStringList>
#include <QWidget>

namespace careerplanner {

class CheckList;

// The Leadership Principles and the skills a record speaks to, as two labelled lists to
// tick beside a dialog's form (a story, a feedback quote). Made after the form's fields,
// so that Tab reaches it last.
class TagLists final : public QWidget
{
    Q_OBJECT

public:
    // The lists are named prefix + "Principles" and prefix + "Skills"; tags: the keys ticked.
    TagLists(const QString &prefix, const QList<Skill> &skills, const QStringList &tags, const QString &principlesLabel,
             const QString &skillsLabel, QWidget *parent = nullptr);

    QStringList checkedKeys() const; // the principles, then the skills

Q_SIGNALS:
    void checksChanged();

private:
    CheckList *m_principles;
    CheckList *m_skills;
};

} // namespace careerplanner
