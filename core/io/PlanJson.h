#pragma once

#include "core/plan/PlanContent.h"
#include "core/storage/PlanDatabase.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace careerplanner {

// The whole plan as one JSON document (docs/json-format.md). Export is deterministic, so
// export, import and export again give identical bytes.
class PlanJson
{
public:
    // 2 added pay packages and history; 3 the profile, path scenarios and promotions;
    // 4 skills, the level matrix, goals with check-ins and stories; 5 branches' own
    // expectations and milestones; 6 exchange rates and the display currency; 7 the question
    // bank, practice and drafts; 8 job applications; 9 career conversations and feedback;
    // 10 the user's choices of evidence for promotion cases.
    // Earlier formats still import (a format without skills gets the reference catalogue,
    // one without questions the bank).
    static constexpr int FormatVersion = 10;

    // Everything the plan holds, read into memory.
    static bool load(PlanDatabase &plan, PlanContent *content, QString *error);
    static bool exportPlan(PlanDatabase &plan, QByteArray *json, QString *error);
    static QByteArray toJson(const PlanContent &content);
    // Strict parse and validation of everything before anything is written.
    static bool parse(const QByteArray &json, PlanContent *content, QString *error);
    // All or nothing: the new plan file exists afterwards only if every part was valid.
    static std::unique_ptr<PlanDatabase> importPlan(const QByteArray &json, const QString &path, QString *error);
};

} // namespace careerplanner
