#pragma once

#include "core/plan/PlanContent.h"
#include "core/storage/PlanDatabase.h"

#include <functional>
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
    // The sample plan to look around in, beside the default plan: a file of its own, so that
    // exploring it never touches the user's plan. Made on first use, opened after that.
    static QString samplePlanPath();
    static std::unique_ptr<PlanDatabase> openOrCreateSample(QString *error);

private:
    // The plan at path if there is one, else a new one made by create in a private folder.
    static std::unique_ptr<PlanDatabase> openOrCreate(
        const QString &path, const std::function<std::unique_ptr<PlanDatabase>(QString *)> &create, QString *error,
        PlanDatabase::ContentCheck check);
};

} // namespace careerplanner
