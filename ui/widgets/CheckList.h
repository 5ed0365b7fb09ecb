#pragma once

#include "core/skills/Skill.h"

#include <QListView>
#include <QStringList>

class QStandardItemModel;

namespace careerplanner {

// A list of named choices to tick, each with a key: the principles and skills a story
// shows or a question probes, the ladders a question belongs to. Space or a click ticks.
class CheckList final : public QListView
{
    Q_OBJECT

public:
    explicit CheckList(const QString &objectName, QWidget *parent = nullptr);

    void addChoice(const QString &name, const QString &key, bool checked, const QString &toolTip = QString());
    // A choice for each of skills of kind, ticked when checked holds its key, then fitWidth().
    void addSkills(const QList<Skill> &skills, Skill::Kind kind, const QStringList &checked);
    QStringList checkedKeys() const; // in the list's order
    // Wide enough for the longest name, so that none is cut off; call after the choices.
    void fitWidth();

Q_SIGNALS:
    void checksChanged();

private:
    QStandardItemModel *m_choices;
};

} // namespace careerplanner
