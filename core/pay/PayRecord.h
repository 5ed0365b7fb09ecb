#pragma once

#include <QString>
#include <QtGlobal>

namespace careerplanner {

// What the user was actually paid in one calendar year, and the level they held.
struct PayRecord
{
    qint64 id = 0;
    int year = 0;
    QString ladderName;
    QString levelTitle;
    QString currency = QStringLiteral("USD");
    qint64 base = 0;
    qint64 bonus = 0;
    qint64 stockVested = 0;

    qint64 total() const { return base + bonus + stockVested; }
    bool operator==(const PayRecord &o) const
    {
        return year == o.year && ladderName == o.ladderName && levelTitle == o.levelTitle && currency == o.currency
               && base == o.base && bonus == o.bonus && stockVested == o.stockVested;
    }
};

} // namespace careerplanner
