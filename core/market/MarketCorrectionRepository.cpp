#include "core/market/MarketCorrectionRepository.h"

#include "core/market/MarketKeys.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/SqlHelpers.h"

#include <QCoreApplication>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MarketCorrectionRepository", text);
}

} // namespace

MarketCorrectionRepository::MarketCorrectionRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

bool MarketCorrectionRepository::load(MarketCorrections *corrections, QString *error) const
{
    *corrections = MarketCorrections();
    bool present = false;
    if (!sql::hasTable(m_plan.connection(), QStringLiteral("market_match"), &present, error))
        return false;
    if (!present)
        return true;
    QSqlQuery query(m_plan.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, alias_key, company FROM market_company_alias ORDER BY alias_key"));
    if (!sql::exec(query, error))
        return false;
    while (query.next())
        corrections->aliases.append(
            { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString() });
    query.prepare(QStringLiteral("SELECT id, title_key, level_key, ladder_name, level_title FROM market_match "
                                 "ORDER BY title_key, level_key"));
    if (!sql::exec(query, error))
        return false;
    while (query.next())
        corrections->matches.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                      query.value(3).toString(), query.value(4).toString() });
    return true;
}

bool MarketCorrectionRepository::saveAlias(CompanyAlias &alias, QString *error)
{
    alias.alias = MarketKeys::fold(alias.alias);
    alias.company = alias.company.simplified();
    if (alias.alias.isEmpty() || alias.company.isEmpty()) {
        *error = tr("An alias needs both the other name and the company it stands for.");
        return false;
    }
    if (alias.alias == MarketKeys::fold(alias.company)) {
        *error = tr("“%1” is already how that company is written.").arg(alias.company);
        return false;
    }
    QSqlQuery query(m_plan.connection());
    query.prepare(QStringLiteral("INSERT INTO market_company_alias (alias_key, company) VALUES (?, ?) "
                                 "ON CONFLICT (alias_key) DO UPDATE SET company = excluded.company RETURNING id"));
    query.addBindValue(alias.alias);
    query.addBindValue(alias.company);
    if (!sql::exec(query, error))
        return false;
    alias.id = query.next() ? query.value(0).toLongLong() : 0;
    return true;
}

bool MarketCorrectionRepository::removeAlias(qint64 aliasId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("market_company_alias"), aliasId, error);
}

bool MarketCorrectionRepository::saveMatch(MarketMatch &match, QString *error)
{
    match.titleKey = MarketKeys::fold(match.titleKey);
    match.levelKey = MarketKeys::fold(match.levelKey);
    if (match.titleKey.isEmpty()) {
        *error = tr("A match needs the title of the reports it is for.");
        return false;
    }
    if (match.ladderName.isEmpty() != match.levelTitle.isEmpty()) {
        *error = tr("A match names both a ladder and one of its levels, or neither.");
        return false;
    }
    QSqlQuery query(m_plan.connection());
    query.prepare(
        QStringLiteral("INSERT INTO market_match (title_key, level_key, ladder_name, level_title) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (title_key, level_key) DO UPDATE SET "
                       "ladder_name = excluded.ladder_name, level_title = excluded.level_title RETURNING id"));
    query.addBindValue(match.titleKey);
    query.addBindValue(sql::text(match.levelKey));
    query.addBindValue(sql::text(match.ladderName));
    query.addBindValue(sql::text(match.levelTitle));
    if (!sql::exec(query, error))
        return false;
    match.id = query.next() ? query.value(0).toLongLong() : 0;
    return true;
}

bool MarketCorrectionRepository::removeMatch(qint64 matchId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("market_match"), matchId, error);
}

} // namespace careerplanner
