#pragma once

#include <QAction>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace careerplanner {

// What a window's or page's action is: its text, object name (for tests and screen
// readers), shortcuts and status tip, so that every action is made the same way.
struct ActionSpec
{
    QString text;
    QString name; // may be empty
    QList<QKeySequence> keys;
    QString tip;
};

QAction *makeAction(const ActionSpec &spec, QObject *parent);

// The same, triggering slot (a member of owner's, or a function) in owner's context.
template<typename Owner, typename Slot> QAction *makeAction(const ActionSpec &spec, Owner *owner, Slot slot)
{
    QAction *action = makeAction(spec, owner);
    QObject::connect(action, &QAction::triggered, owner, slot);
    return action;
}

} // namespace careerplanner
