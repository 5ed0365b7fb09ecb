#pragma once

#include "core/plan/PlanContent.h"
#include "core/storage/PlanDatabase.h"

#include <memory>

namespace careerplanner {

// The one place new plan files are made: empty ones with the reference ladders, the
// sample plan, and plans rebuilt from a JSON export.
class PlanFactory
{
public:
    static std::unique_ptr<PlanDatabase> create(const QString &path, const PlanContent &content, QString *error);
    static std::unique_ptr<PlanDatabase> createWithReferenceLadders(const QString &path, QString *error);
    // What a new plan called name holds before the user adds anything: the reference
    // ladders and the skill catalogue.
    static bool referenceContent(const QString &name, PlanContent *content, QString *error);
    static std::unique_ptr<PlanDatabase> createSample(const QString &path, QString *error);

    // The default plan in the user's application data folder, made on first use.
    static QString defaultPlanPath();
    static std::unique_ptr<PlanDatabase> openOrCreateDefault(QString *error,
                                                             PlanDatabase::ContentCheck check
                                                             = PlanDatabase::ContentCheck::BeforeReturning);
};

} // namespace careerplanner
