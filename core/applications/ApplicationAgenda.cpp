#include "core/applications/ApplicationAgenda.h"

#include "core/applications/ApplicationReminders.h"
#include "core/base/DateText.h"

#include <QCoreApplication>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApplicationAgenda", text);
}

// Where an entry goes: first what has something next, then what is open, then the rest.
int group(const JobApplication &application, const ApplicationAgenda::Entry &entry)
{
    return !application.isOpen() ? 2 : entry.nextAt.isValid() ? 0 : 1;
}

} // namespace

QList<ApplicationAgenda::Entry> ApplicationAgenda::ordered(const QList<JobApplication> &applications,
                                                           const QList<ApplicationStage> &stages,
                                                           const ReminderMarks &marks, const QDateTime &now)
{
    const QList<ApplicationReminder> reminders = ApplicationReminders::due(applications, stages, marks, now);
    const QList<ApplicationStage> coming = ApplicationReminders::upcoming(applications, stages, now);
    QList<Entry> entries;
    for (int i = 0; i < applications.size(); ++i) {
        Entry entry { i, {}, {} };
        const qint64 id = applications.at(i).id;
        const auto reminder = std::find_if(reminders.cbegin(), reminders.cend(),
                                           [id](const ApplicationReminder &r) { return r.applicationId == id; });
        const auto stage = std::find_if(coming.cbegin(), coming.cend(),
                                        [id](const ApplicationStage &s) { return s.applicationId == id; });
        if (reminder != reminders.cend())
            entry = { i, reminder->dueBy, reminder->text };
        const QDateTime stageAt = stage == coming.cend() ? QDateTime()
                                  : stage->hasTime()     ? stage->start()
                                                         : QDateTime(stage->date, QTime(0, 0));
        if (stageAt.isValid() && (!entry.nextAt.isValid() || stageAt < entry.nextAt))
            entry = { i, stageAt,
                      tr("%1, %2").arg(stage->name, stage->hasTime() ? DateText::dateTime(stageAt)
                                                                     : DateText::longDate(stage->date)) };
        if (entry.next.isEmpty() && applications.at(i).status == JobApplication::Status::Offer)
            entry.next = tr("Decide on the offer");
        entries.append(entry);
    }
    std::stable_sort(entries.begin(), entries.end(), [&applications](const Entry &a, const Entry &b) {
        const int ga = group(applications.at(a.index), a), gb = group(applications.at(b.index), b);
        if (ga != gb)
            return ga < gb;
        if (ga == 0)
            return a.nextAt < b.nextAt;
        return applications.at(a.index).statusSince > applications.at(b.index).statusSince;
    });
    return entries;
}

} // namespace careerplanner
