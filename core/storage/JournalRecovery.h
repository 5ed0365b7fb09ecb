#pragma once

#include <QString>

#include <functional>

namespace careerplanner {

// A rollback journal found beside a plan (NAME.careerplan-journal), left by a program that
// stopped inside a change. Playing it puts the plan back as it was before that change;
// playing another file's journal destroys the plan. So a journal that plainly is not the
// plan's is never played, and one that may be is played only after the plan and the
// journal as found are copied into the backups folder, and kept only if the plan is
// sound afterwards; otherwise the plan is put back byte for byte as found.
class JournalRecovery
{
public:
    enum class Journal { None, Foreign, Plausible };

    struct Examination
    {
        Journal journal = Journal::None;
        QString why; // for a foreign journal: what does not match, in plain words
    };

    // What lies beside the plan, read as bytes (nothing is changed); None beside a file
    // whose header is not that of a plan this program opens.
    static Examination examine(const QString &planPath);
    // The journal's path for a plan.
    static QString journalPath(const QString &planPath);

    // What a read-only reader says of a plan with a journal beside it: the same finding the
    // window acts on, and what the window will do.
    static QString describeForReader(const QString &planPath);

    struct Outcome
    {
        bool ok = true; // the plan may be opened (it may still fail its own checks)
        QString notice; // what was found and done, for the user; empty if nothing
        QString error; // with !ok: why the plan is not opened
    };

    // Deals with the journal before the plan is opened for writing; the caller holds the
    // plan's lock, so no live writer owns the journal. isSound is the whole-plan check the
    // plan must pass once a journal was played back.
    static Outcome recover(const QString &planPath, const std::function<bool(const QString &)> &isSound);
};

} // namespace careerplanner
