#include "core/base/DateText.h"

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

} // namespace careerplanner
