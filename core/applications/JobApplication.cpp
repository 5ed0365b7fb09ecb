#include "core/applications/JobApplication.h"

#include "core/base/HappenedDate.h"
#include "core/path/PathValidator.h"

#include <QCoreApplication>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JobApplication", text);
}

struct StatusText
{
    JobApplication::Status status;
    const char *key;
    const char *name;
};

constexpr StatusText Statuses[] = {
    { JobApplication::Status::Prospective, "prospective", QT_TRANSLATE_NOOP("JobApplication", "Prospective") },
    { JobApplication::Status::Applied, "applied", QT_TRANSLATE_NOOP("JobApplication", "Applied") },
    { JobApplication::Status::RecruiterScreen, "recruiter_screen",
      QT_TRANSLATE_NOOP("JobApplication", "Recruiter screen") },
    { JobApplication::Status::PhoneScreen, "phone_screen", QT_TRANSLATE_NOOP("JobApplication", "Phone screen") },
    { JobApplication::Status::WritingAssessment, "writing_assessment",
      QT_TRANSLATE_NOOP("JobApplication", "Writing assessment") },
    { JobApplication::Status::Loop, "loop", QT_TRANSLATE_NOOP("JobApplication", "Interview loop") },
    { JobApplication::Status::Offer, "offer", QT_TRANSLATE_NOOP("JobApplication", "Offer") },
    { JobApplication::Status::Accepted, "accepted", QT_TRANSLATE_NOOP("JobApplication", "Accepted") },
    { JobApplication::Status::Rejected, "rejected", QT_TRANSLATE_NOOP("JobApplication", "Rejected") },
    { JobApplication::Status::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("JobApplication", "Withdrawn") },
};

} // namespace

QString JobApplication::displayName() const
{
    return tr("%1: %2").arg(company.simplified(), role.simplified());
}

QList<JobApplication::Status> JobApplication::statuses()
{
    QList<Status> all;
    for (const StatusText &status : Statuses)
        all.append(status.status);
    return all;
}

QString JobApplication::statusKey(Status status)
{
    return QLatin1String(Statuses[static_cast<int>(status)].key);
}

std::optional<JobApplication::Status> JobApplication::statusFromKey(const QString &key)
{
    for (const StatusText &status : Statuses) {
        if (key == QLatin1String(status.key))
            return status.status;
    }
    return std::nullopt;
}

QString JobApplication::statusName(Status status)
{
    return tr(Statuses[static_cast<int>(status)].name);
}

QString JobApplication::validate(const JobApplication &application, const QDate &today)
{
    if (application.company.trimmed().isEmpty())
        return tr("An application needs the company's name.");
    if (application.role.trimmed().isEmpty())
        return tr("An application needs the role's title.");
    for (const QString *text : { &application.company, &application.role, &application.ladder, &application.level }) {
        if (text->size() > MaximumNameLength)
            return tr("Keep names and titles under %1 characters.").arg(MaximumNameLength);
    }
    for (const QString *text : { &application.foundVia, &application.contact }) {
        if (text->size() > 500)
            return tr("Keep where it was found and the contact under 500 characters.");
    }
    if (application.notes.size() > MaximumNoteLength || application.thankYou.size() > MaximumNoteLength)
        return tr("Keep the notes under %1 characters.").arg(MaximumNoteLength);
    if (application.appliedOn.isValid()) {
        if (!PathValidator::dateInRange(application.appliedOn))
            return tr("The date applied must be a real date between 1950 and 2200.");
        const QString early = HappenedDate::problem(HappenedDate::Kind::Application, application.appliedOn, today);
        if (!early.isEmpty())
            return early;
    }
    if (!application.statusSince.isValid() || !PathValidator::dateInRange(application.statusSince))
        return tr("The day the status was reached must be a real date between 1950 and 2200.");
    return HappenedDate::problem(HappenedDate::Kind::Application, application.statusSince, today);
}

} // namespace careerplanner
