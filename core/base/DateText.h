#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace careerplanner {

// A day written out in words as the locale writes it ("October 1, 2025", "1. Oktober
// 2025"), without the weekday, which a plan's dates do not need and which crowds a line.
class DateText
{
public:
    static QString longDate(const QDate &date, const QLocale &locale = QLocale());
    // A moment in the computer's time zone: the long date and the locale's short time.
    static QString dateTime(const QDateTime &moment, const QLocale &locale = QLocale());
    // "1 month", "13 months": spelled out, as no translation with plural forms is loaded.
    static QString monthCount(int months);
};

} // namespace careerplanner
