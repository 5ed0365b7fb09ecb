#include "core/market/MarketTable.h"

namespace careerplanner {

void MarketTable::reserve(int reports)
{
    for (QList<int> *column : { &m_company, &m_title, &m_level, &m_location, &m_currency })
        column->reserve(reports);
    m_base.reserve(reports);
    m_total.reserve(reports);
    m_years.reserve(reports);
    m_day.reserve(reports);
}

void MarketTable::append(const MarketReport &report)
{
    m_company.append(idOf(report.company));
    m_title.append(idOf(report.title));
    m_level.append(idOf(report.level));
    m_location.append(idOf(report.location));
    m_currency.append(idOf(report.currency));
    m_base.append(report.base.value_or(NoAmount));
    m_total.append(report.total.value_or(NoAmount));
    m_years.append(report.yearsOfExperience ? float(*report.yearsOfExperience) : -1.0f);
    m_day.append(report.date.isValid() ? report.date.toJulianDay() : 0);
}

std::optional<double> MarketTable::years(int report) const
{
    const float years = m_years.at(report);
    return years < 0 ? std::nullopt : std::optional<double>(years);
}

QDate MarketTable::date(int report) const
{
    return m_day.at(report) == 0 ? QDate() : QDate::fromJulianDay(m_day.at(report));
}

int MarketTable::idOf(const QString &text)
{
    const auto found = m_textIds.constFind(text);
    if (found != m_textIds.cend())
        return *found;
    m_texts.append(text);
    return *m_textIds.insert(text, int(m_texts.size()) - 1);
}

} // namespace careerplanner
