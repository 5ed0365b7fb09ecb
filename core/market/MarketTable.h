#pragma once

#include "core/market/MarketReport.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace careerplanner {

// The plan's market reports held column by column for the distributions: each text is
// kept once (a company's name is one string however many reports give it) and amounts are
// plain integers, so 60,000 reports take a few megabytes and a filter runs over arrays.
class MarketTable
{
public:
    static constexpr qint64 NoAmount = -1;

    int size() const { return int(m_base.size()); }
    void reserve(int reports);
    void append(const MarketReport &report);

    // Each column's value is the id of a text, shared by every report that has it.
    int company(int report) const { return m_company.at(report); }
    int title(int report) const { return m_title.at(report); }
    int level(int report) const { return m_level.at(report); }
    int location(int report) const { return m_location.at(report); }
    int currency(int report) const { return m_currency.at(report); }
    qint64 base(int report) const { return m_base.at(report); } // NoAmount if not given
    qint64 total(int report) const { return m_total.at(report); }
    std::optional<double> years(int report) const;
    QDate date(int report) const;
    qint64 julianDay(int report) const { return m_day.at(report); } // 0 without a date

    int textCount() const { return int(m_texts.size()); }
    const QString &text(int id) const { return m_texts.at(id); }

private:
    int idOf(const QString &text);

    QStringList m_texts;
    QHash<QString, int> m_textIds;
    QList<int> m_company, m_title, m_level, m_location, m_currency;
    QList<qint64> m_base, m_total;
    QList<float> m_years; // negative without
    QList<qint64> m_day;
};

} // namespace careerplanner
