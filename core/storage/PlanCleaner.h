#pragma once

#include <QString>

namespace careerplanner {

// A plan refused for holding objects the program never makes (a trigger, a view, an
// extra table, column or index) can still give back its records: a cleaned copy holds
// exactly the schema the migrations make for the plan's version and the columns of it
// that the plan has, read without running anything of the plan's own.
class PlanCleaner
{
public:
    // Whether the plan is refused only for objects a cleaned copy would leave out.
    static bool canClean(const QString &planPath);
    // A name for the cleaned copy beside the plan that is not taken yet.
    static QString suggestedCopyPath(const QString &planPath);

    // Copies the plan's bytes into its backups folder first, then writes the cleaned copy
    // at target (which must not exist), whole or not at all, readable by its owner only.
    // The copy opens as any plan does, updated to this version's format if older.
    static bool saveCleanedCopy(const QString &planPath, const QString &target, QString *error);
};

} // namespace careerplanner
