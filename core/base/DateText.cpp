#include "core/base/DateText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace careerplanner {

QString DateText::longDate(const QDate &date, const QLocale &locale)
{
    // The locale's long format with its weekday field ("dddd" and what joins it) taken out.
    static const QRegularExpression weekday(QStringLiteral("^\\s*dddd[,.\\s]*|[,\\s]*dddd\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

QString DateText::dateTime(const QDateTime &moment, const QLocale &locale)
{
    const QDateTime local = moment.toLocalTime();
    return QCoreApplication::translate("DateText", "%1, %2")
        .arg(longDate(local.date(), locale), locale.toString(local.time(), QLocale::ShortFormat));
}

QString DateText::monthCount(int months)
{
    return months == 1 ? QCoreApplication::translate("DateText", "1 month")
                       : QCoreApplication::translate("DateText", "%1 months").arg(months);
}

} // namespace careerplanner
