#include "core/applications/ApplicationStore.h"

#include "core/applications/ApplicationReminders.h"
#include "core/applications/StageRepository.h"
#include "core/applications/StageTemplates.h"
#include "core/interviews/InterviewStore.h"
#include "core/ladders/LadderStore.h"
#include "core/skills/SkillStore.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/undo/EditRecording.h"

#include <algorithm>

namespace careerplanner {

ApplicationStore::ApplicationStore(EditRecorder &recorder, const LadderStore &ladders, const SkillStore &skills,
                                   InterviewStore &interviews, QObject *parent)
    : FeatureStore(recorder, parent)
    , m_ladders(ladders)
    , m_skills(skills)
    , m_interviews(interviews)
    , m_applications([this](QList<JobApplication> *list,
                            QString *error) { return ApplicationRepository(plan()).load(list, error); },
                     "applications")
    , m_stages(
          [this](QList<ApplicationStage> *list, QString *error) { return StageRepository(plan()).load(list, error); },
          "interview stages")
    , m_offers([this](QList<ApplicationOffer> *list,
                      QString *error) { return ApplicationRepository(plan()).loadOffers(list, error); },
               "offers")
    , m_marks([this](ReminderMarks *marks,
                     QString *error) { return ApplicationRepository(plan()).loadReminderStates(marks, error); },
              "reminders")
{
}

QList<ApplicationStage> ApplicationStore::stagesOf(qint64 applicationId) const
{
    QList<ApplicationStage> found;
    std::copy_if(stages().cbegin(), stages().cend(), std::back_inserter(found),
                 [applicationId](const ApplicationStage &stage) { return stage.applicationId == applicationId; });
    return found;
}

const ApplicationOffer *ApplicationStore::offerOf(qint64 applicationId) const
{
    const auto found = std::find_if(offers().cbegin(), offers().cend(), [applicationId](const ApplicationOffer &offer) {
        return offer.applicationId == applicationId;
    });
    return found == offers().cend() ? nullptr : &*found;
}

int ApplicationStore::applicationIndex(qint64 applicationId) const
{
    const auto found
        = std::find_if(applications().cbegin(), applications().cend(),
                       [applicationId](const JobApplication &application) { return application.id == applicationId; });
    return found == applications().cend() ? -1 : static_cast<int>(found - applications().cbegin());
}

QList<ApplicationReminder> ApplicationStore::reminders(const QDateTime &now) const
{
    return ApplicationReminders::due(applications(), stages(), marks(), now);
}

QMultiHash<qint64, QDate> ApplicationStore::askedQuestions() const
{
    const QDate today = QDate::currentDate();
    QMultiHash<qint64, QDate> asked;
    // Opening a plan asks for the schedule before any stage is shown: a small query then.
    if (!m_stages.isRead()) {
        QString error;
        if (!StageRepository(plan()).askedQuestions(today, &asked, &error))
            qWarning("The plan's interview questions asked could not be read: %s", qPrintable(error));
        return asked;
    }
    for (const ApplicationStage &stage : stages()) {
        if (!stage.isBooked() || stage.date > today)
            continue;
        for (const qint64 question : stage.questionIds)
            asked.insert(question, stage.date);
    }
    return asked;
}

void ApplicationStore::forget()
{
    m_applications.forget();
    m_stages.forget();
    m_offers.forget();
    m_marks.forget();
}

void ApplicationStore::announceReread()
{
    Q_EMIT applicationsChanged();
    Q_EMIT stagesChanged();
}

void ApplicationStore::questionsEdited()
{
    // Only stages already read can hold a question that went.
    m_stages.forget();
}

bool ApplicationStore::rereadStages(QString *error)
{
    if (!m_stages.reread(error))
        return false;
    Q_EMIT stagesChanged();
    return true;
}

bool ApplicationStore::saveApplication(const JobApplication &application, QString *error, qint64 *savedId)
{
    const bool added = application.id == 0;
    const EditRecording recording(recorder(), added ? tr("Add application %1").arg(application.displayName())
                                                    : tr("Edit application %1").arg(application.displayName()));
    JobApplication stored = application;
    const QDate today = QDate::currentDate();
    const int index = applicationIndex(application.id);
    if (added && !stored.statusSince.isValid())
        stored.statusSince = today;
    else if (index >= 0 && applications().at(index).status != stored.status
             && stored.statusSince == applications().at(index).statusSince)
        stored.statusSince = today;
    const auto ladder = std::find_if(m_ladders.ladders().cbegin(), m_ladders.ladders().cend(),
                                     [&stored](const CareerLadder &l) { return l.name == stored.ladder; });
    const bool saved = runInTransaction(plan().connection(), error, [&] {
        if (!ApplicationRepository(plan()).save(stored, today, error))
            return false;
        if (!added)
            return true;
        StageRepository stages(plan());
        for (ApplicationStage stage :
             StageTemplates::forLadder(ladder == m_ladders.ladders().cend() ? nullptr : &*ladder)) {
            stage.applicationId = stored.id;
            if (!stages.save(stage, m_skills.skills(), error))
                return false;
        }
        return true;
    });
    if (!saved || !m_applications.reread(error))
        return false;
    if (savedId)
        *savedId = stored.id;
    Q_EMIT applicationsChanged();
    return !added || rereadStages(error);
}

bool ApplicationStore::removeApplication(int index, QString *error)
{
    QList<JobApplication> &applications = m_applications.get();
    const EditRecording recording(
        recorder(),
        tr("Remove application %1")
            .arg(index >= 0 && index < applications.size() ? applications.at(index).displayName() : QString()));
    if (!holds(applications, index, tr("That application is no longer in the plan."), error))
        return false;
    const qint64 id = applications.at(index).id;
    if (!ApplicationRepository(plan()).remove(id, error))
        return false;
    applications.removeAt(index);
    m_offers.get().removeIf([id](const ApplicationOffer &offer) { return offer.applicationId == id; });
    m_marks.get().remove(id);
    Q_EMIT applicationsChanged();
    return rereadStages(error);
}

bool ApplicationStore::saveStage(const ApplicationStage &stage, QString *error, const QList<Question> &typed)
{
    if (applicationIndex(stage.applicationId) < 0) {
        *error = tr("That application is no longer in the plan.");
        return false;
    }
    if (!passes(StageRepository::validate(stage, m_skills.skills()), error))
        return false;
    const EditRecording recording(recorder(), stage.id == 0 ? tr("Add stage %1").arg(stage.name)
                                                            : tr("Edit stage %1").arg(stage.name));
    ApplicationStage stored = stage;
    for (const Question &question : typed) {
        qint64 id = 0;
        if (!m_interviews.saveQuestion(question, error, &id))
            return false;
        stored.questionIds.append(id);
    }
    return StageRepository(plan()).save(stored, m_skills.skills(), error) && rereadStages(error);
}

bool ApplicationStore::removeStage(qint64 stageId, QString *error)
{
    const auto found = std::find_if(stages().cbegin(), stages().cend(),
                                    [stageId](const ApplicationStage &stage) { return stage.id == stageId; });
    if (found == stages().cend()) {
        *error = tr("That stage is no longer in the plan.");
        return false;
    }
    const EditRecording recording(recorder(), tr("Remove stage %1").arg(found->name));
    return StageRepository(plan()).remove(stageId, error) && rereadStages(error);
}

bool ApplicationStore::moveStage(qint64 stageId, int by, QString *error)
{
    const auto found = std::find_if(stages().cbegin(), stages().cend(),
                                    [stageId](const ApplicationStage &stage) { return stage.id == stageId; });
    if (found == stages().cend()) {
        *error = tr("That stage is no longer in the plan.");
        return false;
    }
    QList<qint64> order;
    for (const ApplicationStage &stage : stagesOf(found->applicationId))
        order.append(stage.id);
    const qsizetype from = order.indexOf(stageId);
    const qsizetype to = from + by;
    if (to < 0 || to >= order.size())
        return true; // already first or last
    order.move(from, to);
    const EditRecording recording(recorder(), tr("Move stage %1").arg(found->name));
    return StageRepository(plan()).reorder(found->applicationId, order, error) && rereadStages(error);
}

bool ApplicationStore::saveOffer(const ApplicationOffer &offer, QString *error)
{
    const int index = applicationIndex(offer.applicationId);
    if (index < 0) {
        *error = tr("That application is no longer in the plan.");
        return false;
    }
    const EditRecording recording(recorder(), tr("Edit offer of %1").arg(applications().at(index).displayName()));
    if (!ApplicationRepository(plan()).saveOffer(offer, error) || !m_offers.reread(error))
        return false;
    Q_EMIT applicationsChanged();
    return true;
}

bool ApplicationStore::removeOffer(qint64 applicationId, QString *error)
{
    const int index = applicationIndex(applicationId);
    if (index < 0 || !offerOf(applicationId)) {
        *error = tr("That offer is no longer in the plan.");
        return false;
    }
    const EditRecording recording(recorder(), tr("Remove offer of %1").arg(applications().at(index).displayName()));
    if (!ApplicationRepository(plan()).removeOffer(applicationId, error) || !m_offers.reread(error))
        return false;
    Q_EMIT applicationsChanged();
    return true;
}

bool ApplicationStore::markReminder(const ApplicationReminder &reminder, ApplicationRepository::ReminderState state,
                                    QString *error)
{
    if (applicationIndex(reminder.applicationId) < 0) {
        *error = tr("That application is no longer in the plan.");
        return false;
    }
    const EditRecording recording(recorder(), state == ApplicationRepository::ReminderState::Done
                                                  ? tr("Mark done: %1").arg(reminder.text)
                                                  : tr("Dismiss: %1").arg(reminder.text));
    if (!ApplicationRepository(plan()).setReminderState(reminder.applicationId, reminder.key, state, error)
        || !m_marks.reread(error))
        return false;
    Q_EMIT applicationsChanged();
    return true;
}

} // namespace careerplanner
