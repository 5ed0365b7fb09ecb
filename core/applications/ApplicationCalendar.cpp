#include "core/applications/ApplicationCalendar.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <libical/ical.h>

#include <memory>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApplicationCalendar", text);
}

icaltimetype utc(const QDateTime &moment)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(moment.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icaltimetype day(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// What the event says beyond its title: the format, the interviewer and the application.
QString description(const JobApplication &application, const ApplicationStage &stage)
{
    QStringList lines;
    lines.append(application.displayName());
    if (!stage.format.isEmpty())
        lines.append(stage.format);
    if (!stage.interviewer.isEmpty()) {
        lines.append(stage.interviewerRole.isEmpty()
                         ? tr("With %1").arg(stage.interviewer)
                         : tr("With %1 (%2)").arg(stage.interviewer, stage.interviewerRole));
    }
    if (!application.contact.isEmpty())
        lines.append(tr("Contact: %1").arg(application.contact));
    return lines.join(QLatin1Char('\n'));
}

icalcomponent *event(const JobApplication &application, const ApplicationStage &stage, const QDateTime &now)
{
    icalcomponent *vevent = icalcomponent_new_vevent();
    icalcomponent_add_property(vevent, icalproperty_new_uid(ApplicationCalendar::uid(application, stage).constData()));
    icalcomponent_add_property(vevent, icalproperty_new_dtstamp(utc(now)));
    if (stage.hasTime()) {
        icalcomponent_add_property(vevent, icalproperty_new_dtstart(utc(stage.start())));
        icalcomponent_add_property(vevent,
                                   icalproperty_new_duration(icaldurationtype_from_int(stage.durationMinutes * 60)));
    } else {
        icalcomponent_add_property(vevent, icalproperty_new_dtstart(day(stage.date)));
        icalcomponent_add_property(vevent, icalproperty_new_duration(icaldurationtype_from_int(24 * 3600)));
    }
    const QByteArray summary = utf8(tr("%1: %2").arg(stage.name.simplified(), application.company.simplified()));
    icalcomponent_add_property(vevent, icalproperty_new_summary(summary.constData()));
    icalcomponent_add_property(vevent, icalproperty_new_description(utf8(description(application, stage)).constData()));
    // A reminder the day before, as the page and the dashboard give one.
    icalcomponent *alarm = icalcomponent_new_valarm();
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icaltriggertype trigger = icaltriggertype_from_int(-24 * 3600);
    icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
    icalcomponent_add_property(alarm, icalproperty_new_description(summary.constData()));
    icalcomponent_add_component(vevent, alarm);
    return vevent;
}

} // namespace

QByteArray ApplicationCalendar::uid(const JobApplication &application, const ApplicationStage &stage)
{
    // The ids alone repeat across plans: a digest of the application makes them apart.
    const QByteArray digest = QCryptographicHash::hash(utf8(application.company + QLatin1Char('\n') + application.role
                                                            + QLatin1Char('\n') + QString::number(application.id)),
                                                       QCryptographicHash::Sha256);
    return "stage-" + QByteArray::number(stage.id) + '-' + digest.toHex().left(16) + "@careerplanner";
}

QByteArray ApplicationCalendar::write(const QList<JobApplication> &applications, const QList<ApplicationStage> &stages,
                                      const QDateTime &now)
{
    QHash<qint64, const JobApplication *> byId;
    for (const JobApplication &application : applications)
        byId.insert(application.id, &application);
    const std::unique_ptr<icalcomponent, void (*)(icalcomponent *)> calendar(icalcomponent_new_vcalendar(),
                                                                             icalcomponent_free);
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Career Planner//Interviews//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    for (const ApplicationStage &stage : stages) {
        const JobApplication *application = byId.value(stage.applicationId);
        if (application && stage.isBooked())
            icalcomponent_add_component(calendar.get(), event(*application, stage, now));
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray ics(text);
    icalmemory_free_buffer(text);
    return ics;
}

} // namespace careerplanner
