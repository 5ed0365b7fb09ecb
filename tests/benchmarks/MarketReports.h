#pragma once
// Compensation reports at the size public data sets have, in the Levels.fyi export's
// columns, with figures drawn from a fixed seed: the same file every time.

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace bench {

inline QString marketCsv(int rows)
{
    QRandomGenerator random(42);
    QString csv = QStringLiteral("timestamp,company,level,title,totalyearlycompensation,location,yearsofexperience,"
                                 "yearsatcompany,tag,basesalary,stockgrantvalue,bonus\n");
    const QStringList companies { "Amazon", "Microsoft", "Google", "Contoso", "Northwind" };
    const QStringList titles { "Product Manager", "Technical Program Manager", "Program Manager" };
    const QStringList places { "\"Seattle, WA\"", "\"New York, NY\"", "\"Austin, TX\"", "\"London, United Kingdom\"" };
    for (int i = 0; i < rows; ++i) {
        const int base = 90'000 + int(random.bounded(120'000));
        const int stock = int(random.bounded(80'000));
        const int bonus = int(random.bounded(20'000));
        csv += QStringLiteral("6/%1/2020 11:33:27,%2,L%3,%4,%5,%6,%7,1,Product,%8,%9,%10\n")
                   .arg(i % 28 + 1)
                   .arg(companies.at(i % companies.size()))
                   .arg(4 + i % 5)
                   .arg(titles.at(i % 7 % titles.size()))
                   .arg(base + stock + bonus)
                   .arg(places.at(i % 11 % places.size()))
                   .arg(i % 20)
                   .arg(base)
                   .arg(stock)
                   .arg(bonus);
    }
    return csv;
}

} // namespace bench
