#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

namespace careerplanner {

// Undo for every kind of edit at once, kept in the connection rather than in each edit:
// temporary triggers on every table of the plan write, for each row an edit inserts,
// changes or deletes, the SQL statement that puts it back as it was (rowid and all), into
// a temporary log. An edit is then a range of that log; replaying the range backwards
// restores the rows exactly, and logs the statements that redo the edit. The file itself
// is never changed by any of this: the triggers and the log live in the TEMP schema.
// (The technique is SQLite's own, described at sqlite.org/undoredo.html.)
class PlanUndoLog
{
public:
    struct Range
    {
        qint64 first = 0;
        qint64 last = -1; // first > last: nothing was written
        bool isEmpty() const { return first > last; }
    };

    // Creates the triggers and the log; call once, after migrations, before any edit.
    static bool install(QSqlDatabase db, QString *error);
    // The newest entry so far; an edit's range starts after the mark taken before it.
    static qint64 mark(QSqlDatabase db);
    // Replays the range backwards in one transaction, then drops it from the log.
    // *inverse is the range that replays the change back again.
    static bool replay(QSqlDatabase db, const Range &range, Range *inverse, QString *error);

    // While one lives, the rows inserted into table are not logged one by one: for an
    // import of thousands of rows that all belong to one owner row inserted in the same
    // edit, whose own logged insert takes them all back through ON DELETE CASCADE (the
    // cascade logs each row's delete, so a redo brings them back).
    class UnloggedInserts
    {
    public:
        UnloggedInserts(QSqlDatabase db, const QString &table);
        ~UnloggedInserts(); // the table's inserts are logged again
        UnloggedInserts(const UnloggedInserts &) = delete;
        UnloggedInserts &operator=(const UnloggedInserts &) = delete;

    private:
        QSqlDatabase m_db;
        QString m_table;
        QString m_trigger; // what was dropped, to be made again; empty if there was no log
    };
};

} // namespace careerplanner
