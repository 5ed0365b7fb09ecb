#pragma once

#include "core/undo/EditRecorder.h"

#include <QList>
#include <QObject>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// What every feature's store of the open plan shares: the plan it reads and writes, the
// recorder its edits are marked on for undo, and the check that an edit's index is still
// one of the list's (a view may ask about a row an undo has just taken away).
class FeatureStore : public QObject
{
public:
    explicit FeatureStore(EditRecorder &recorder, QObject *parent = nullptr)
        : QObject(parent)
        , m_recorder(recorder)
    {
    }

protected:
    PlanDatabase &plan() const { return m_recorder.plan(); }
    EditRecorder &recorder() const { return m_recorder; }

    // True when index is one of list's; otherwise false with gone as the reason.
    template<typename T> static bool holds(const QList<T> &list, qsizetype index, const QString &gone, QString *error)
    {
        if (index >= 0 && index < list.size())
            return true;
        *error = gone;
        return false;
    }
    // True when a rule found no problem; otherwise false with the problem as the reason.
    static bool passes(const QString &problem, QString *error)
    {
        if (problem.isEmpty())
            return true;
        *error = problem;
        return false;
    }
    // A member of the item at index, for an edit's description; empty if there is none.
    template<typename T> static QString nameAt(const QList<T> &list, qsizetype index, QString T::*member)
    {
        return index >= 0 && index < list.size() ? list.at(index).*member : QString();
    }

private:
    EditRecorder &m_recorder;
};

} // namespace careerplanner
