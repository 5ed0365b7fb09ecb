#include "core/applications/ApplicationReminders.h"

#include "core/base/DateText.h"

#include <QCoreApplication>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApplicationReminders", text);
}

bool isLoop(const ApplicationStage &stage)
{
    return stage.kind == QLatin1String("loop") || stage.kind == QLatin1String("bar_raiser");
}

QDateTime startOf(const ApplicationStage &stage)
{
    return stage.hasTime() ? stage.start() : QDateTime(stage.date, QTime(0, 0));
}

bool isOpen(const JobApplication &application)
{
    return application.status >= JobApplication::Status::Applied && application.status <= JobApplication::Status::Loop;
}

} // namespace

QDateTime ApplicationReminders::over(const ApplicationStage &stage)
{
    return stage.hasTime() ? stage.end() : QDateTime(stage.date.addDays(1), QTime(0, 0));
}

QList<ApplicationStage> ApplicationReminders::upcoming(const QList<JobApplication> &applications,
                                                       const QList<ApplicationStage> &stages, const QDateTime &now)
{
    QSet<qint64> open;
    for (const JobApplication &application : applications) {
        if (application.isOpen())
            open.insert(application.id);
    }
    QList<ApplicationStage> coming;
    for (const ApplicationStage &stage : stages) {
        if (stage.isBooked() && open.contains(stage.applicationId) && over(stage) > now)
            coming.append(stage);
    }
    std::stable_sort(coming.begin(), coming.end(),
                     [](const ApplicationStage &a, const ApplicationStage &b) { return startOf(a) < startOf(b); });
    return coming;
}

void ApplicationReminders::addFor(const JobApplication &application, const QList<ApplicationStage> &stages,
                                  const QDateTime &now, QList<ApplicationReminder> *reminders)
{
    const auto add = [&](ApplicationReminder::Kind kind, qint64 stageId, const QString &key, const QDateTime &dueBy,
                         const QString &text) {
        reminders->append({ kind, application.id, stageId, key, dueBy, text });
    };
    QDateTime lastLoopEnd, lastActivity = QDateTime(application.statusSince, QTime(0, 0));
    qint64 lastLoopStage = 0;
    bool loopStillToCome = false, anythingToCome = false;
    if (application.appliedOn.isValid())
        lastActivity = std::max(lastActivity, QDateTime(application.appliedOn, QTime(0, 0)));
    for (const ApplicationStage &stage : stages) {
        if (stage.applicationId != application.id || !stage.isBooked())
            continue;
        const QDateTime ends = over(stage);
        if (ends > now) {
            anythingToCome = true;
            loopStillToCome = loopStillToCome || isLoop(stage);
        } else {
            lastActivity = std::max(lastActivity, ends);
        }
        if (stage.isInterview() && stage.hasTime() && stage.start() > now
            && now.toLocalTime().date() >= stage.start().toLocalTime().date().addDays(-1)) {
            add(ApplicationReminder::Kind::InterviewTomorrow, stage.id,
                QStringLiteral("interview:%1:%2").arg(stage.id).arg(stage.date.toString(Qt::ISODate)), stage.start(),
                tr("Prepare for “%1” (%2)").arg(stage.name, DateText::dateTime(stage.start())));
        }
        if (isLoop(stage) && ends <= now && (!lastLoopEnd.isValid() || ends >= lastLoopEnd)) {
            lastLoopEnd = ends;
            lastLoopStage = stage.id;
        }
    }
    const bool loopDone = lastLoopEnd.isValid() && !loopStillToCome;
    if (loopDone && application.status <= JobApplication::Status::Loop) {
        add(ApplicationReminder::Kind::ThankYou, lastLoopStage, QStringLiteral("thank-you:%1").arg(lastLoopStage),
            lastLoopEnd.addSecs(ThankYouHours * 3600), tr("Send a thank-you note"));
    }
    if (loopDone && application.status == JobApplication::Status::Loop && now >= lastLoopEnd.addDays(DecisionDays)) {
        add(ApplicationReminder::Kind::FollowUpDecision, 0,
            QStringLiteral("follow-up-decision:%1").arg(lastLoopEnd.date().toString(Qt::ISODate)),
            lastLoopEnd.addDays(DecisionDays), tr("Ask about the decision: two weeks since the loop"));
    } else if (!loopDone && !anythingToCome && now >= lastActivity.addDays(QuietDays)) {
        add(ApplicationReminder::Kind::FollowUpQuiet, 0,
            QStringLiteral("follow-up-quiet:%1").arg(lastActivity.date().toString(Qt::ISODate)),
            lastActivity.addDays(QuietDays), tr("Follow up: nothing heard for ten days"));
    }
}

QList<ApplicationReminder> ApplicationReminders::due(const QList<JobApplication> &applications,
                                                     const QList<ApplicationStage> &stages, const ReminderMarks &marks,
                                                     const QDateTime &now)
{
    QList<ApplicationReminder> raised;
    for (const JobApplication &application : applications) {
        if (isOpen(application))
            addFor(application, stages, now, &raised);
    }
    raised.removeIf([&marks](const ApplicationReminder &reminder) {
        return marks.value(reminder.applicationId).contains(reminder.key);
    });
    std::stable_sort(raised.begin(), raised.end(),
                     [](const ApplicationReminder &a, const ApplicationReminder &b) { return a.dueBy < b.dueBy; });
    return raised;
}

} // namespace careerplanner
