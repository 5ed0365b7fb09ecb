#include "core/base/Csv.h"

#include "core/base/Money.h"

namespace careerplanner {

QString Csv::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString Csv::record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted.append(field(value));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString Csv::amount(qint64 minorUnits, const QString &currency)
{
    const int digits = Money::minorDigits(currency);
    const qint64 perMajor = Money::minorPerMajor(currency);
    const QString sign = minorUnits < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = minorUnits < 0 ? -minorUnits : minorUnits;
    if (digits == 0)
        return sign + QString::number(magnitude);
    return sign + QString::number(magnitude / perMajor) + QLatin1Char('.')
           + QStringLiteral("%1").arg(magnitude % perMajor, digits, 10, QLatin1Char('0'));
}

QString Csv::date(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

} // namespace careerplanner
