#include "core/pay/PayRepository.h"

#include "core/pay/PayValidator.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace careerplanner {

PayRepository::PayRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

bool PayRepository::loadPackages(QList<PayPackage> *packages, QString *error) const
{
    packages->clear();
    QSqlQuery query(m_plan.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, name, kind, currency, base_salary, annual_raise_bp, sign_on_year1, sign_on_year2, "
                       "stock_grant_value, stock_shares, stock_price, refresher_value, stock_growth_bp, yearly_bonus "
                       "FROM pay_package ORDER BY position"));
    if (!sql::exec(query, error))
        return false;
    while (query.next()) {
        PayPackage package;
        package.id = query.value(0).toLongLong();
        package.name = query.value(1).toString();
        package.kind = PayPackage::kindFromKey(query.value(2).toString()).value_or(PayPackage::Kind::Offer);
        package.currency = query.value(3).toString();
        package.baseSalary = query.value(4).toLongLong();
        package.annualRaiseBasisPoints = query.value(5).toInt();
        package.signOnYear1 = query.value(6).toLongLong();
        package.signOnYear2 = query.value(7).toLongLong();
        package.stockGrantValue = query.value(8).toLongLong();
        package.stockShares = sql::optionalValue<qint64>(query.value(9));
        package.stockPricePerShare = sql::optionalValue<qint64>(query.value(10));
        package.annualRefresherValue = query.value(11).toLongLong();
        package.stockGrowthBasisPoints = query.value(12).toInt();
        package.yearlyBonus = query.value(13).toLongLong();
        packages->append(package);
    }

    QSqlQuery tranches(m_plan.connection());
    tranches.setForwardOnly(true);
    tranches.prepare(QStringLiteral("SELECT package_id, month, basis_points FROM vesting_tranche "
                                    "ORDER BY package_id, month"));
    if (!sql::exec(tranches, error))
        return false;
    QHash<qint64, QList<VestingSchedule::Tranche>> schedules;
    while (tranches.next())
        schedules[tranches.value(0).toLongLong()].append({ tranches.value(1).toInt(), tranches.value(2).toInt() });
    for (PayPackage &package : *packages)
        package.vesting = VestingSchedule(schedules.value(package.id));
    return true;
}

bool PayRepository::writePackage(PayPackage &package, bool insert, QString *error)
{
    const QString problem = PayValidator::validatePackage(package);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    ScopedTransaction transaction(m_plan.connection());
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    QSqlQuery query(m_plan.connection());
    if (insert) {
        query.prepare(QStringLiteral(
            "INSERT INTO pay_package (position, name, kind, currency, base_salary, annual_raise_bp, sign_on_year1, "
            "sign_on_year2, stock_grant_value, stock_shares, stock_price, refresher_value, stock_growth_bp, "
            "yearly_bonus) VALUES ((SELECT coalesce(max(position), -1) + 1 FROM pay_package), "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE pay_package SET name = ?, kind = ?, currency = ?, base_salary = ?, annual_raise_bp = ?, "
            "sign_on_year1 = ?, sign_on_year2 = ?, stock_grant_value = ?, stock_shares = ?, stock_price = ?, "
            "refresher_value = ?, stock_growth_bp = ?, yearly_bonus = ? WHERE id = ?"));
    }
    query.addBindValue(sql::text(package.name));
    query.addBindValue(PayPackage::kindToKey(package.kind));
    query.addBindValue(sql::text(package.currency));
    query.addBindValue(package.baseSalary);
    query.addBindValue(package.annualRaiseBasisPoints);
    query.addBindValue(package.signOnYear1);
    query.addBindValue(package.signOnYear2);
    query.addBindValue(package.stockGrantValue);
    query.addBindValue(sql::nullable(package.stockShares));
    query.addBindValue(sql::nullable(package.stockPricePerShare));
    query.addBindValue(package.annualRefresherValue);
    query.addBindValue(package.stockGrowthBasisPoints);
    query.addBindValue(package.yearlyBonus);
    if (!insert)
        query.addBindValue(package.id);
    if (!sql::exec(query, error)) {
        if (query.lastError().nativeErrorCode() == QLatin1String("2067"))
            *error = QCoreApplication::translate("PayRepository", "There is already a package called “%1”.")
                         .arg(package.name);
        return false;
    }
    if (insert)
        package.id = query.lastInsertId().toLongLong();

    query.prepare(QStringLiteral("DELETE FROM vesting_tranche WHERE package_id = ?"));
    query.addBindValue(package.id);
    if (!sql::exec(query, error))
        return false;
    query.prepare(QStringLiteral("INSERT INTO vesting_tranche (package_id, month, basis_points) VALUES (?, ?, ?)"));
    for (const VestingSchedule::Tranche &tranche : package.vesting.tranches()) {
        query.addBindValue(package.id);
        query.addBindValue(tranche.month);
        query.addBindValue(tranche.basisPoints);
        if (!sql::exec(query, error))
            return false;
    }
    query.finish();
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    return true;
}

bool PayRepository::insertPackage(PayPackage &package, QString *error)
{
    return writePackage(package, true, error);
}

bool PayRepository::updatePackage(const PayPackage &package, QString *error)
{
    PayPackage copy = package;
    return writePackage(copy, false, error);
}

bool PayRepository::removePackage(qint64 packageId, QString *error)
{
    // A single statement is its own transaction; its tranches go with it (ON DELETE CASCADE).
    return sql::removeById(m_plan.connection(), QStringLiteral("pay_package"), packageId, error);
}

bool PayRepository::loadHistory(QList<PayRecord> *records, QString *error) const
{
    records->clear();
    QSqlQuery query(m_plan.connection());
    query.setForwardOnly(true);
    // The linked level's current names win; the stored text covers a removed level.
    query.prepare(QStringLiteral(
        "SELECT h.id, h.year, coalesce(l.name, h.ladder_name), coalesce(v.title, h.level_title), h.currency, "
        "h.base, h.bonus, h.stock_vested FROM pay_history h "
        "LEFT JOIN level v ON v.id = h.level_id LEFT JOIN ladder l ON l.id = v.ladder_id ORDER BY h.year"));
    if (!sql::exec(query, error))
        return false;
    while (query.next()) {
        PayRecord record;
        record.id = query.value(0).toLongLong();
        record.year = query.value(1).toInt();
        record.ladderName = query.value(2).toString();
        record.levelTitle = query.value(3).toString();
        record.currency = query.value(4).toString();
        record.base = query.value(5).toLongLong();
        record.bonus = query.value(6).toLongLong();
        record.stockVested = query.value(7).toLongLong();
        records->append(record);
    }
    return true;
}

bool PayRepository::saveRecord(PayRecord &record, QString *error)
{
    const QString problem = PayValidator::validateRecord(record);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    ScopedTransaction transaction(m_plan.connection());
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    QSqlQuery query(m_plan.connection());
    // An edited record that moved to another year leaves its old year.
    if (record.id != 0) {
        query.prepare(QStringLiteral("DELETE FROM pay_history WHERE id = ? AND year <> ?"));
        query.addBindValue(record.id);
        query.addBindValue(record.year);
        if (!sql::exec(query, error))
            return false;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO pay_history (year, level_id, ladder_name, level_title, currency, base, bonus, stock_vested) "
        "VALUES (?, (SELECT v.id FROM level v JOIN ladder l ON l.id = v.ladder_id WHERE l.name = ? AND v.title = ? "
        "ORDER BY v.position LIMIT 1), ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (year) DO UPDATE SET level_id = excluded.level_id, ladder_name = excluded.ladder_name, "
        "level_title = excluded.level_title, currency = excluded.currency, base = excluded.base, "
        "bonus = excluded.bonus, stock_vested = excluded.stock_vested RETURNING id"));
    query.addBindValue(record.year);
    query.addBindValue(sql::text(record.ladderName));
    query.addBindValue(sql::text(record.levelTitle));
    query.addBindValue(sql::text(record.ladderName));
    query.addBindValue(sql::text(record.levelTitle));
    query.addBindValue(sql::text(record.currency));
    query.addBindValue(record.base);
    query.addBindValue(record.bonus);
    query.addBindValue(record.stockVested);
    if (!sql::exec(query, error))
        return false;
    if (query.next())
        record.id = query.value(0).toLongLong();
    query.finish();
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    return true;
}

bool PayRepository::removeRecord(qint64 recordId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("pay_history"), recordId, error);
}

} // namespace careerplanner
