#pragma once

#include "core/applications/ApplicationOffer.h"
#include "core/applications/ApplicationReminder.h"
#include "core/applications/ApplicationRepository.h"
#include "core/applications/ApplicationStage.h"
#include "core/applications/JobApplication.h"
#include "core/base/LazyRead.h"
#include "core/interviews/Question.h"
#include "core/undo/FeatureStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace careerplanner {

class InterviewStore;
class LadderStore;
class SkillStore;

// The plan's job applications with their stages, offers and the reminders marked, read
// when first asked for. Every edit is one undo step.
class ApplicationStore : public FeatureStore
{
    Q_OBJECT

public:
    // ladders: what a new application's stages come from; skills: what a stage's
    // principles must name; interviews: where a question typed in a stage is added.
    ApplicationStore(EditRecorder &recorder, const LadderStore &ladders, const SkillStore &skills,
                     InterviewStore &interviews, QObject *parent = nullptr);

    const QList<JobApplication> &applications() const { return m_applications.get(); } // in the order added
    const QList<ApplicationStage> &stages() const { return m_stages.get(); } // by application, in order
    const QList<ApplicationOffer> &offers() const { return m_offers.get(); }
    const ReminderMarks &marks() const { return m_marks.get(); }
    QList<ApplicationStage> stagesOf(qint64 applicationId) const;
    const ApplicationOffer *offerOf(qint64 applicationId) const; // null when it has none
    int applicationIndex(qint64 applicationId) const; // -1 when it is not in the plan
    // The open reminders at now, soonest first.
    QList<ApplicationReminder> reminders(const QDateTime &now) const;
    // The days each question was asked in an interview that has taken place.
    QMultiHash<qint64, QDate> askedQuestions() const;
    void forget(); // the file changed: read again when next asked
    void announceReread();
    // A question removed from the bank leaves the stages that asked it.
    void questionsEdited();

    // A new application starts with its ladder's stages; a changed status is dated today.
    bool saveApplication(const JobApplication &application, QString *error, qint64 *savedId = nullptr);
    bool removeApplication(int index, QString *error);
    // New when id is 0 (then last of its application). typed: questions to add to the bank
    // and to the stage's questions, all in the same step.
    bool saveStage(const ApplicationStage &stage, QString *error, const QList<Question> &typed = {});
    bool removeStage(qint64 stageId, QString *error);
    bool moveStage(qint64 stageId, int by, QString *error); // by -1: earlier, +1: later
    bool saveOffer(const ApplicationOffer &offer, QString *error);
    bool removeOffer(qint64 applicationId, QString *error);
    bool markReminder(const ApplicationReminder &reminder, ApplicationRepository::ReminderState state, QString *error);

Q_SIGNALS:
    void applicationsChanged(); // the applications, their offers or their reminders
    void stagesChanged();

private:
    bool rereadStages(QString *error);

    const LadderStore &m_ladders;
    const SkillStore &m_skills;
    InterviewStore &m_interviews;
    mutable LazyRead<QList<JobApplication>> m_applications;
    mutable LazyRead<QList<ApplicationStage>> m_stages;
    mutable LazyRead<QList<ApplicationOffer>> m_offers;
    mutable LazyRead<ReminderMarks> m_marks;
};

} // namespace careerplanner
