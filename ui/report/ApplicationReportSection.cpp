#include "ui/report/ApplicationReportSection.h"

#include "core/applications/ApplicationAgenda.h"
#include "core/base/DateText.h"
#include "core/plan/PlanSession.h"
#include "ui/report/ReportHtml.h"

#include <QCoreApplication>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApplicationReportSection", text);
}

} // namespace

QString ApplicationReportSection::html(const PlanSession &session, const QString &title, const QDateTime &now)
{
    QString html = ReportHtml::heading(title, true);
    const ApplicationStore &store = session.applicationStore();
    const QList<JobApplication> &applications = store.applications();
    if (applications.isEmpty())
        return html + ReportHtml::paragraph(tr("No job applications recorded."));
    QList<QStringList> rows;
    int ended = 0;
    for (const ApplicationAgenda::Entry &entry :
         ApplicationAgenda::ordered(applications, store.stages(), store.marks(), now)) {
        const JobApplication &application = applications.at(entry.index);
        if (!application.isOpen()) {
            ++ended;
            continue;
        }
        rows.append(
            { application.displayName(),
              tr("%1 since %2")
                  .arg(JobApplication::statusName(application.status), ReportHtml::dateText(application.statusSince)),
              entry.next.isEmpty() ? QStringLiteral("—") : entry.next });
    }
    html += ReportHtml::paragraph(rows.size() == 1 ? tr("1 open application; %1 ended.").arg(ended)
                                                   : tr("%1 open applications; %2 ended.").arg(rows.size()).arg(ended));
    if (!rows.isEmpty())
        html += ReportHtml::table({ tr("Application"), tr("Status"), tr("Next step") }, rows);
    QList<QStringList> reminders;
    for (const ApplicationReminder &reminder : store.reminders(now)) {
        const int index = store.applicationIndex(reminder.applicationId);
        reminders.append({ DateText::dateTime(reminder.dueBy), reminder.text,
                           index < 0 ? QString() : applications.at(index).displayName() });
    }
    html += QStringLiteral("<h3>%1</h3>").arg(ReportHtml::esc(tr("What to do next")));
    return html
           + (reminders.isEmpty() ? ReportHtml::paragraph(tr("Nothing to follow up."))
                                  : ReportHtml::table({ tr("Due"), tr("What to do"), tr("Application") }, reminders));
}

} // namespace careerplanner
