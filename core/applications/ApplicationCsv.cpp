#include "core/applications/ApplicationCsv.h"

#include "core/applications/ApplicationReminders.h"
#include "core/base/Csv.h"

#include <algorithm>

namespace careerplanner {

QString ApplicationCsv::applications(const ApplicationRecords &records, const QDateTime &now)
{
    QString csv = Csv::record(
        { QStringLiteral("company"), QStringLiteral("role"), QStringLiteral("ladder"), QStringLiteral("level"),
          QStringLiteral("status"), QStringLiteral("status_since"), QStringLiteral("applied_on"),
          QStringLiteral("found_via"), QStringLiteral("contact"), QStringLiteral("stages"),
          QStringLiteral("stages_done"), QStringLiteral("next_stage"), QStringLiteral("next_stage_starts"),
          QStringLiteral("offer_currency"), QStringLiteral("offer_base"), QStringLiteral("offer_sign_on_year1"),
          QStringLiteral("offer_sign_on_year2"), QStringLiteral("offer_stock_grant"), QStringLiteral("notes") });
    const QList<ApplicationStage> coming = ApplicationReminders::upcoming(records.applications, records.stages, now);
    for (const JobApplication &application : records.applications) {
        int total = 0, done = 0;
        for (const ApplicationStage &stage : records.stages) {
            if (stage.applicationId != application.id)
                continue;
            ++total;
            done += stage.isBooked() && ApplicationReminders::over(stage) <= now ? 1 : 0;
        }
        const auto next = std::find_if(coming.cbegin(), coming.cend(), [&application](const ApplicationStage &stage) {
            return stage.applicationId == application.id;
        });
        QString nextName, nextStarts;
        if (next != coming.cend()) {
            nextName = next->name;
            nextStarts = next->hasTime()
                             ? next->start().toOffsetFromUtc(next->start().offsetFromUtc()).toString(Qt::ISODate)
                             : Csv::date(next->date);
        }
        QStringList offer(5);
        for (const ApplicationOffer &o : records.offers) {
            if (o.applicationId == application.id) {
                offer = QStringList { o.currency, Csv::amount(o.baseSalary, o.currency),
                                      Csv::amount(o.signOnYear1, o.currency), Csv::amount(o.signOnYear2, o.currency),
                                      Csv::amount(o.stockGrantValue, o.currency) };
            }
        }
        csv += Csv::record(QStringList { application.company, application.role, application.ladder, application.level,
                                         JobApplication::statusKey(application.status),
                                         Csv::date(application.statusSince), Csv::date(application.appliedOn),
                                         application.foundVia, application.contact, QString::number(total),
                                         QString::number(done), nextName, nextStarts }
                           + offer + QStringList { application.notes });
    }
    return csv;
}

} // namespace careerplanner
