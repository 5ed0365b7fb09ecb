#pragma once
// What tests of an open plan's stores share: a figure asked of the file, and the undo of
// the edit a spy on PlanSession::editRecorded saw last.

#include "core/plan/PlanSession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QString>

namespace testfiles {

// The first column of the first row sql gives; -1 if it gives none.
inline qint64 count(careerplanner::PlanSession &session, const QString &sql)
{
    QSqlQuery query(session.database().connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// Undoes the edit recorded last.
inline bool undoLast(careerplanner::PlanSession &session, const QSignalSpy &recorded, QString *error)
{
    const QList<QVariant> &last = recorded.constLast();
    careerplanner::PlanUndoLog::Range redo;
    return session.replayEdit({ last.at(1).toLongLong(), last.at(2).toLongLong() }, &redo, error);
}

} // namespace testfiles
