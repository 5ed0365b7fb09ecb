#include "core/applications/ApplicationJson.h"

#include "core/applications/StageRepository.h"
#include "core/base/JsonReader.h"
#include "core/pay/PayJson.h"
#include "core/pay/PayPackage.h"

#include <QHash>
#include <QJsonObject>

namespace careerplanner {

namespace {

constexpr int Places = 10'000'000;

QJsonObject stageToJson(const ApplicationStage &stage, const QHash<qint64, int> &questionPlace)
{
    QJsonArray asked;
    for (const qint64 question : stage.questionIds)
        asked.append(questionPlace.value(question));
    QJsonObject object { { QStringLiteral("name"), stage.name },
                         { QStringLiteral("kind"), stage.kind },
                         { QStringLiteral("timeZone"), stage.timeZone },
                         { QStringLiteral("durationMinutes"), stage.durationMinutes },
                         { QStringLiteral("format"), stage.format },
                         { QStringLiteral("interviewer"), stage.interviewer },
                         { QStringLiteral("interviewerRole"), stage.interviewerRole },
                         { QStringLiteral("principles"), QJsonArray::fromStringList(stage.principles) },
                         { QStringLiteral("questions"), asked },
                         { QStringLiteral("notes"), stage.notes } };
    JsonReader::insertDate(object, QStringLiteral("date"), stage.date);
    if (stage.hasTime())
        object.insert(QStringLiteral("time"), stage.time.toString(QStringLiteral("HH:mm")));
    if (stage.rating > 0)
        object.insert(QStringLiteral("rating"), stage.rating);
    return object;
}

bool stageFromJson(const QJsonObject &object, const QString &path, int questionCount, ApplicationStage *stage,
                   QString *error)
{
    JsonReader reader(object, path, error);
    stage->name = reader.string(QStringLiteral("name"), true);
    stage->kind = reader.string(QStringLiteral("kind"), true);
    stage->date = reader.date(QStringLiteral("date"));
    const QString time = reader.string(QStringLiteral("time"));
    stage->time = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!time.isEmpty() && !stage->time.isValid())
        reader.fail(QStringLiteral("“time” must be a time such as 14:30"));
    stage->timeZone = reader.string(QStringLiteral("timeZone"));
    stage->durationMinutes
        = int(reader.integer(QStringLiteral("durationMinutes"), 0, ApplicationStage::MaximumMinutes, true).value_or(0));
    stage->format = reader.string(QStringLiteral("format"));
    stage->interviewer = reader.string(QStringLiteral("interviewer"));
    stage->interviewerRole = reader.string(QStringLiteral("interviewerRole"));
    stage->principles = reader.strings(QStringLiteral("principles"));
    for (const QJsonValue &place : reader.array(QStringLiteral("questions"))) {
        const double at = place.toDouble(-1);
        if (!place.isDouble() || at < 0 || at >= questionCount || at != qint64(at)) {
            reader.fail(QStringLiteral("“questions” must list places in the question list"));
            break;
        }
        stage->questionIds.append(qint64(at) + 1);
    }
    stage->rating
        = int(reader.integer(QStringLiteral("rating"), ApplicationStage::LowestRating, ApplicationStage::HighestRating)
                  .value_or(0));
    stage->notes = reader.string(QStringLiteral("notes"));
    return reader.finish();
}

QJsonObject applicationToJson(const ApplicationRecords &records, const JobApplication &application,
                              const QHash<qint64, int> &questionPlace)
{
    QJsonArray stages;
    for (const ApplicationStage &stage : records.stages) {
        if (stage.applicationId == application.id)
            stages.append(stageToJson(stage, questionPlace));
    }
    QJsonArray reminders;
    const auto marks = records.marks.value(application.id);
    QStringList keys = marks.keys();
    keys.sort(); // an export is the same bytes every time
    for (const QString &key : keys) {
        reminders.append(
            QJsonObject { { QStringLiteral("key"), key },
                          { QStringLiteral("state"), marks.value(key) == ApplicationRepository::ReminderState::Done
                                                         ? QStringLiteral("done")
                                                         : QStringLiteral("dismissed") } });
    }
    QJsonObject object { { QStringLiteral("company"), application.company },
                         { QStringLiteral("role"), application.role },
                         { QStringLiteral("ladder"), application.ladder },
                         { QStringLiteral("level"), application.level },
                         { QStringLiteral("foundVia"), application.foundVia },
                         { QStringLiteral("contact"), application.contact },
                         { QStringLiteral("status"), JobApplication::statusKey(application.status) },
                         { QStringLiteral("notes"), application.notes },
                         { QStringLiteral("thankYou"), application.thankYou },
                         { QStringLiteral("stages"), stages },
                         { QStringLiteral("reminders"), reminders } };
    JsonReader::insertDate(object, QStringLiteral("appliedOn"), application.appliedOn);
    JsonReader::insertDate(object, QStringLiteral("statusSince"), application.statusSince);
    for (const ApplicationOffer &offer : records.offers) {
        if (offer.applicationId != application.id)
            continue;
        // An offer has the form of the pay package it becomes.
        QJsonObject package = PayJson::packageToJson(offer.toPayPackage(application.displayName()));
        JsonReader::insertDate(package, QStringLiteral("receivedOn"), offer.receivedOn);
        object.insert(QStringLiteral("offer"), package);
    }
    return object;
}

} // namespace

QJsonArray ApplicationJson::toJson(const ApplicationRecords &records, const QList<Question> &questions)
{
    QHash<qint64, int> questionPlace;
    for (int i = 0; i < questions.size(); ++i)
        questionPlace.insert(questions.at(i).id, i);
    QJsonArray array;
    for (const JobApplication &application : records.applications)
        array.append(applicationToJson(records, application, questionPlace));
    return array;
}

void ApplicationJson::fromJson(JsonReader &root, const QString &key, const QList<Skill> &skills, int questionCount,
                               ApplicationRecords *records, QString *error)
{
    *records = ApplicationRecords();
    root.forEachObject(key, [&](const QJsonObject &item, const QString &path) {
        JsonReader reader(item, path, error);
        JobApplication application;
        application.id = records->applications.size() + 1;
        application.company = reader.string(QStringLiteral("company"), true);
        application.role = reader.string(QStringLiteral("role"), true);
        application.ladder = reader.string(QStringLiteral("ladder"));
        application.level = reader.string(QStringLiteral("level"));
        application.foundVia = reader.string(QStringLiteral("foundVia"));
        application.contact = reader.string(QStringLiteral("contact"));
        application.appliedOn = reader.date(QStringLiteral("appliedOn"));
        const QString status = reader.string(QStringLiteral("status"), true);
        application.status = JobApplication::statusFromKey(status).value_or(JobApplication::Status::Prospective);
        if (reader.ok() && !JobApplication::statusFromKey(status))
            reader.fail(QStringLiteral("“%1” is not a status of an application").arg(status));
        application.statusSince = reader.date(QStringLiteral("statusSince"), true);
        application.notes = reader.string(QStringLiteral("notes"));
        application.thankYou = reader.string(QStringLiteral("thankYou"));
        const QString problem = JobApplication::validate(application, QDate::currentDate());
        if (reader.ok() && !problem.isEmpty())
            reader.fail(problem);
        reader.forEachObject(QStringLiteral("stages"), [&](const QJsonObject &stageItem, const QString &stagePath) {
            ApplicationStage stage;
            stage.applicationId = application.id;
            if (!stageFromJson(stageItem, stagePath, questionCount, &stage, error))
                return;
            const QString stageProblem = StageRepository::validate(stage, skills);
            if (!stageProblem.isEmpty())
                JsonReader(stageItem, stagePath, error).fail(stageProblem);
            records->stages.append(stage);
        });
        reader.forEachObject(QStringLiteral("reminders"), [&](const QJsonObject &mark, const QString &markPath) {
            JsonReader markReader(mark, markPath, error);
            const QString markKey = markReader.string(QStringLiteral("key"), true);
            const QString state = markReader.string(QStringLiteral("state"), true);
            if (markReader.ok() && (markKey.isEmpty() || markKey.size() > 100))
                markReader.fail(QStringLiteral("a reminder's key has 1 to 100 characters"));
            if (markReader.ok() && state != QLatin1String("done") && state != QLatin1String("dismissed"))
                markReader.fail(QStringLiteral("a reminder is “done” or “dismissed”"));
            if (markReader.finish())
                records->marks[application.id].insert(markKey, state == QLatin1String("done")
                                                                   ? ApplicationRepository::ReminderState::Done
                                                                   : ApplicationRepository::ReminderState::Dismissed);
        });
        if (const auto offerObject = reader.object(QStringLiteral("offer"))) {
            QJsonObject packageObject = *offerObject;
            const QJsonValue received = packageObject.take(QStringLiteral("receivedOn"));
            PayPackage package;
            ApplicationOffer offer;
            if (PayJson::packageFromJson(packageObject, path + QStringLiteral(".offer"), &package, error)) {
                offer.applicationId = application.id;
                offer.currency = package.currency;
                offer.baseSalary = package.baseSalary;
                offer.signOnYear1 = package.signOnYear1;
                offer.signOnYear2 = package.signOnYear2;
                offer.stockGrantValue = package.stockGrantValue;
                offer.vesting = package.vesting;
                offer.receivedOn = QDate::fromString(received.toString(), Qt::ISODate);
                if (!received.isUndefined() && !offer.receivedOn.isValid())
                    reader.fail(QStringLiteral("offer.receivedOn must be a date such as 2026-03-01"));
                records->offers.append(offer);
            }
        }
        if (reader.finish())
            records->applications.append(application);
    });
}

} // namespace careerplanner
