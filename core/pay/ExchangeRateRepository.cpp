#include "core/pay/ExchangeRateRepository.h"

#include "core/base/Money.h"
#include "core/ladders/LadderRepository.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace careerplanner {

namespace {

const QString displayKey = QStringLiteral("display_currency");

QString tr(const char *text)
{
    return QCoreApplication::translate("ExchangeRateRepository", text);
}

} // namespace

ExchangeRateRepository::ExchangeRateRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

bool ExchangeRateRepository::load(QList<ExchangeRate> *rates, QString *error) const
{
    rates->clear();
    bool present = false;
    if (!sql::hasTable(m_plan.connection(), QStringLiteral("exchange_rate"), &present, error))
        return false;
    if (!present)
        return true; // a plan of schema 6 or older, read without migrating it
    QSqlQuery query(m_plan.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, from_currency, to_currency, rate, rate_date, note FROM exchange_rate "
                                 "ORDER BY from_currency, to_currency"));
    if (!sql::exec(query, error))
        return false;
    while (query.next()) {
        ExchangeRate rate;
        rate.id = query.value(0).toLongLong();
        rate.from = query.value(1).toString();
        rate.to = query.value(2).toString();
        rate.rate = query.value(3).toString();
        rate.date = sql::toDate(query.value(4));
        rate.note = query.value(5).toString();
        rates->append(rate);
    }
    return true;
}

bool ExchangeRateRepository::insert(ExchangeRate &rate, QString *error)
{
    return write(rate, true, error);
}

bool ExchangeRateRepository::update(ExchangeRate &rate, QString *error)
{
    return write(rate, false, error);
}

bool ExchangeRateRepository::write(ExchangeRate &rate, bool insert, QString *error)
{
    const QString problem = rate.problem();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    rate.rate = ExchangeRate::normalized(rate.rate);
    QSqlQuery query(m_plan.connection());
    // The pair is one whichever way round it is given: say so rather than SQLite's words.
    query.prepare(
        QStringLiteral("SELECT count(*) FROM exchange_rate WHERE id <> ? AND "
                       "((from_currency = ? AND to_currency = ?) OR (from_currency = ? AND to_currency = ?))"));
    for (const QVariant &value :
         { QVariant(rate.id), QVariant(rate.from), QVariant(rate.to), QVariant(rate.to), QVariant(rate.from) })
        query.addBindValue(value);
    if (!sql::exec(query, error))
        return false;
    if (query.next() && query.value(0).toInt() > 0) {
        *error = tr("The plan already has a rate between %1 and %2: change that one.").arg(rate.from, rate.to);
        return false;
    }
    query.prepare(insert ? QStringLiteral("INSERT INTO exchange_rate (from_currency, to_currency, rate, rate_date, "
                                          "note) VALUES (?, ?, ?, ?, ?)")
                         : QStringLiteral("UPDATE exchange_rate SET from_currency = ?, to_currency = ?, rate = ?, "
                                          "rate_date = ?, note = ? WHERE id = ?"));
    query.addBindValue(rate.from);
    query.addBindValue(rate.to);
    query.addBindValue(rate.rate);
    query.addBindValue(sql::date(rate.date));
    query.addBindValue(sql::text(rate.note));
    if (insert)
        return sql::insert(query, &rate.id, error);
    query.addBindValue(rate.id);
    return sql::exec(query, error);
}

bool ExchangeRateRepository::remove(qint64 rateId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("exchange_rate"), rateId, error);
}

QString ExchangeRateRepository::displayCurrency() const
{
    const QString stored = LadderRepository(m_plan).planInfo(displayKey);
    return Money::isCurrencyCode(stored) ? stored : QString();
}

bool ExchangeRateRepository::setDisplayCurrency(const QString &currency, QString *error)
{
    if (!currency.isEmpty() && !Money::isCurrencyCode(currency)) {
        *error = tr("A currency is a three-letter ISO code, such as USD, EUR or INR.");
        return false;
    }
    return LadderRepository(m_plan).setPlanInfo(displayKey, currency, error);
}

} // namespace careerplanner
