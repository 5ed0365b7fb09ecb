#include "core/applications/ApplicationRecords.h"

#include "core/applications/StageRepository.h"

#include <utility>

namespace careerplanner {

bool ApplicationRecords::load(PlanDatabase &plan, ApplicationRecords *records, QString *error)
{
    ApplicationRepository applications(plan);
    return applications.load(&records->applications, error) && StageRepository(plan).load(&records->stages, error)
           && applications.loadOffers(&records->offers, error)
           && applications.loadReminderStates(&records->marks, error);
}

bool ApplicationRecords::insert(PlanDatabase &plan, const ApplicationRecords &records, const QList<Skill> &skills,
                                const QHash<qint64, qint64> &questionIds, QString *error)
{
    ApplicationRepository applications(plan);
    const QDate today = QDate::currentDate();
    QHash<qint64, qint64> applicationIds;
    for (JobApplication application : records.applications) {
        const qint64 recordId = std::exchange(application.id, 0);
        if (!applications.save(application, today, error)) {
            *error = QStringLiteral("application “%1”: %2").arg(application.displayName(), *error);
            return false;
        }
        applicationIds.insert(recordId, application.id);
        const auto marks = records.marks.value(recordId);
        for (auto mark = marks.cbegin(); mark != marks.cend(); ++mark) {
            if (!applications.setReminderState(application.id, mark.key(), mark.value(), error))
                return false;
        }
    }
    StageRepository stages(plan);
    for (ApplicationStage stage : records.stages) {
        stage.id = 0;
        stage.applicationId = applicationIds.value(stage.applicationId);
        for (qint64 &question : stage.questionIds)
            question = questionIds.value(question);
        if (!stages.save(stage, skills, error)) {
            *error = QStringLiteral("stage “%1”: %2").arg(stage.name, *error);
            return false;
        }
    }
    for (ApplicationOffer offer : records.offers) {
        offer.applicationId = applicationIds.value(offer.applicationId);
        if (!applications.saveOffer(offer, error))
            return false;
    }
    return true;
}

} // namespace careerplanner
