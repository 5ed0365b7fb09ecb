#include "core/applications/ApplicationStage.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApplicationStage", text);
}

} // namespace

QStringList ApplicationStage::kinds()
{
    return { QStringLiteral("recruiter_screen"),
             QStringLiteral("phone_screen"),
             QStringLiteral("writing_assessment"),
             QStringLiteral("loop"),
             QStringLiteral("bar_raiser"),
             QStringLiteral("decision"),
             QStringLiteral("other") };
}

QString ApplicationStage::kindName(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        { QStringLiteral("recruiter_screen"), QT_TRANSLATE_NOOP("ApplicationStage", "Recruiter screen") },
        { QStringLiteral("phone_screen"), QT_TRANSLATE_NOOP("ApplicationStage", "Phone screen") },
        { QStringLiteral("writing_assessment"), QT_TRANSLATE_NOOP("ApplicationStage", "Writing assessment") },
        { QStringLiteral("loop"), QT_TRANSLATE_NOOP("ApplicationStage", "Loop interview") },
        { QStringLiteral("bar_raiser"), QT_TRANSLATE_NOOP("ApplicationStage", "Bar raiser") },
        { QStringLiteral("decision"), QT_TRANSLATE_NOOP("ApplicationStage", "Decision") },
        { QStringLiteral("other"), QT_TRANSLATE_NOOP("ApplicationStage", "Other") },
    };
    const char *name = names.value(kind);
    return name ? tr(name) : kind;
}

QString ApplicationStage::kindFor(const QString &name, const QString &format)
{
    // The guides name their stages in their own words; the words that tell the kind.
    const QString text = (name + QLatin1Char(' ') + format).toLower();
    const auto has = [&text](const char *word) { return text.contains(QLatin1String(word)); };
    if (has("bar raiser"))
        return QStringLiteral("bar_raiser");
    if (has("recruiter"))
        return QStringLiteral("recruiter_screen");
    if (has("writing") || has("written"))
        return QStringLiteral("writing_assessment");
    if (has("phone"))
        return QStringLiteral("phone_screen");
    if (has("decision") || has("offer"))
        return QStringLiteral("decision");
    if (has("loop") || has("onsite") || has("on-site"))
        return QStringLiteral("loop");
    return QStringLiteral("other");
}

QString ApplicationStage::validate(const ApplicationStage &stage)
{
    if (stage.name.trimmed().isEmpty())
        return tr("A stage needs a name.");
    for (const QString *text : { &stage.name, &stage.interviewer, &stage.interviewerRole }) {
        if (text->size() > 200)
            return tr("Keep the stage's name and the interviewer's name and role under 200 characters.");
    }
    if (stage.format.size() > 500)
        return tr("Keep the format under 500 characters.");
    if (stage.notes.size() > 20000)
        return tr("Keep the notes under 20000 characters.");
    if (!kinds().contains(stage.kind))
        return tr("“%1” is not a kind of stage.").arg(stage.kind);
    if (stage.date.isValid() && (stage.date.year() < 1950 || stage.date.year() > 2200))
        return tr("The date must be a real date between 1950 and 2200.");
    if (stage.time.isValid() && !stage.date.isValid())
        return tr("A stage with a time needs its day.");
    if (stage.durationMinutes < 0 || stage.durationMinutes > MaximumMinutes)
        return tr("The duration must be between 0 minutes and a day.");
    if (!stage.timeZone.isEmpty() && !QTimeZone(stage.timeZone.toUtf8()).isValid())
        return tr("“%1” is not a time zone this computer knows.").arg(stage.timeZone);
    if (stage.rating != 0 && (stage.rating < LowestRating || stage.rating > HighestRating))
        return tr("The rating is from %1 to %2, or none.").arg(LowestRating).arg(HighestRating);
    return {};
}

bool ApplicationStage::isInterview() const
{
    return kind == QLatin1String("recruiter_screen") || kind == QLatin1String("phone_screen")
           || kind == QLatin1String("loop") || kind == QLatin1String("bar_raiser");
}

QDateTime ApplicationStage::start() const
{
    if (!hasTime())
        return {};
    const QTimeZone zone = timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(timeZone.toUtf8());
    return QDateTime(date, QTime(time.hour(), time.minute()), zone.isValid() ? zone : QTimeZone::systemTimeZone());
}

QDateTime ApplicationStage::end() const
{
    const QDateTime begins = start();
    return begins.isValid() ? begins.addSecs(qint64(durationMinutes) * 60) : QDateTime();
}

} // namespace careerplanner
