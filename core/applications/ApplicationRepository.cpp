#include "core/applications/ApplicationRepository.h"

#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"

#include <QSqlQuery>

namespace careerplanner {

ApplicationRepository::ApplicationRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

bool ApplicationRepository::load(QList<JobApplication> *applications, QString *error) const
{
    applications->clear();
    SqliteRows rows(m_plan.connection(),
                    "SELECT id, company, role, ladder_name, level_title, found_via, contact, applied_on, status, "
                    "status_since, notes, thank_you FROM job_application ORDER BY id");
    while (rows.next()) {
        JobApplication application;
        application.id = rows.int64(0);
        application.company = rows.text(1);
        application.role = rows.text(2);
        application.ladder = rows.text(3);
        application.level = rows.text(4);
        application.foundVia = rows.text(5);
        application.contact = rows.text(6);
        application.appliedOn = rows.date(7);
        // The schema admits only the known keys.
        application.status = JobApplication::statusFromKey(rows.text(8)).value_or(JobApplication::Status::Applied);
        application.statusSince = rows.date(9);
        application.notes = rows.text(10);
        application.thankYou = rows.text(11);
        applications->append(application);
    }
    return rows.finished(error);
}

bool ApplicationRepository::loadOffers(QList<ApplicationOffer> *offers, QString *error) const
{
    offers->clear();
    SqliteRows rows(m_plan.connection(),
                    "SELECT application_id, currency, base_salary, sign_on_year1, sign_on_year2, stock_grant_value, "
                    "received_on FROM application_offer ORDER BY application_id");
    QHash<qint64, int> index;
    while (rows.next()) {
        ApplicationOffer offer;
        offer.applicationId = rows.int64(0);
        offer.currency = rows.text(1);
        offer.baseSalary = rows.int64(2);
        offer.signOnYear1 = rows.int64(3);
        offer.signOnYear2 = rows.int64(4);
        offer.stockGrantValue = rows.int64(5);
        offer.receivedOn = rows.date(6);
        offer.vesting = VestingSchedule();
        index.insert(offer.applicationId, static_cast<int>(offers->size()));
        offers->append(offer);
    }
    if (!rows.finished(error))
        return false;
    SqliteRows tranches(m_plan.connection(), "SELECT application_id, month, basis_points FROM offer_vesting "
                                             "ORDER BY application_id, month");
    QHash<qint64, QList<VestingSchedule::Tranche>> vesting;
    while (tranches.next())
        vesting[tranches.int64(0)].append({ tranches.integer(1), tranches.integer(2) });
    if (!tranches.finished(error))
        return false;
    for (auto it = vesting.cbegin(); it != vesting.cend(); ++it)
        (*offers)[index.value(it.key())].vesting = VestingSchedule(it.value());
    return true;
}

bool ApplicationRepository::loadReminderStates(Marks *states, QString *error) const
{
    states->clear();
    SqliteRows rows(m_plan.connection(), "SELECT application_id, reminder_key, state FROM application_reminder");
    while (rows.next()) {
        (*states)[rows.int64(0)].insert(rows.text(1), rows.text(2) == QLatin1String("done") ? ReminderState::Done
                                                                                            : ReminderState::Dismissed);
    }
    return rows.finished(error);
}

bool ApplicationRepository::save(JobApplication &application, const QDate &today, QString *error)
{
    const QString problem = JobApplication::validate(application, today);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSqlQuery q(m_plan.connection());
    if (application.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO job_application (company, role, ladder_name, level_title, found_via, "
                                 "contact, applied_on, status, status_since, notes, thank_you) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE job_application SET company = ?, role = ?, ladder_name = ?, level_title = ?, "
                                 "found_via = ?, contact = ?, applied_on = ?, status = ?, status_since = ?, "
                                 "notes = ?, thank_you = ? WHERE id = ?"));
    }
    q.addBindValue(sql::text(application.company.trimmed()));
    q.addBindValue(sql::text(application.role.trimmed()));
    q.addBindValue(sql::text(application.ladder));
    q.addBindValue(sql::text(application.level));
    q.addBindValue(sql::text(application.foundVia));
    q.addBindValue(sql::text(application.contact));
    q.addBindValue(sql::date(application.appliedOn));
    q.addBindValue(JobApplication::statusKey(application.status));
    q.addBindValue(sql::date(application.statusSince));
    q.addBindValue(sql::text(application.notes));
    q.addBindValue(sql::text(application.thankYou));
    if (application.id != 0)
        q.addBindValue(application.id);
    return runInTransaction(m_plan.connection(), error, [&] {
        return application.id == 0 ? sql::insert(q, &application.id, error) : sql::exec(q, error);
    });
}

bool ApplicationRepository::remove(qint64 applicationId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("job_application"), applicationId, error);
}

bool ApplicationRepository::saveOffer(const ApplicationOffer &offer, QString *error)
{
    const QString problem = ApplicationOffer::validate(offer);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return runInTransaction(m_plan.connection(), error, [&] {
        if (!removeOffer(offer.applicationId, error))
            return false;
        QSqlQuery q(m_plan.connection());
        q.prepare(QStringLiteral("INSERT INTO application_offer (application_id, currency, base_salary, "
                                 "sign_on_year1, sign_on_year2, stock_grant_value, received_on) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(offer.applicationId);
        q.addBindValue(offer.currency);
        q.addBindValue(offer.baseSalary);
        q.addBindValue(offer.signOnYear1);
        q.addBindValue(offer.signOnYear2);
        q.addBindValue(offer.stockGrantValue);
        q.addBindValue(sql::date(offer.receivedOn));
        if (!sql::exec(q, error))
            return false;
        q.prepare(QStringLiteral("INSERT INTO offer_vesting (application_id, month, basis_points) VALUES (?, ?, ?)"));
        for (const VestingSchedule::Tranche &tranche : offer.vesting.tranches()) {
            q.addBindValue(offer.applicationId);
            q.addBindValue(tranche.month);
            q.addBindValue(tranche.basisPoints);
            if (!sql::exec(q, error))
                return false;
        }
        return true;
    });
}

bool ApplicationRepository::removeOffer(qint64 applicationId, QString *error)
{
    QSqlQuery q(m_plan.connection());
    q.prepare(QStringLiteral("DELETE FROM application_offer WHERE application_id = ?"));
    q.addBindValue(applicationId);
    return runInTransaction(m_plan.connection(), error, [&] { return sql::exec(q, error); });
}

bool ApplicationRepository::setReminderState(qint64 applicationId, const QString &key, ReminderState state,
                                             QString *error)
{
    QSqlQuery q(m_plan.connection());
    if (state == ReminderState::Open) {
        q.prepare(QStringLiteral("DELETE FROM application_reminder WHERE application_id = ? AND reminder_key = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO application_reminder (application_id, reminder_key, state) "
                                 "VALUES (?, ?, ?)"));
    }
    q.addBindValue(applicationId);
    q.addBindValue(sql::text(key));
    if (state != ReminderState::Open)
        q.addBindValue(state == ReminderState::Done ? QStringLiteral("done") : QStringLiteral("dismissed"));
    return runInTransaction(m_plan.connection(), error, [&] { return sql::exec(q, error); });
}

} // namespace careerplanner
