#include "core/base/YearRange.h"

#include <QCoreApplication>

namespace careerplanner {

QString YearRange::toDisplayString() const
{
    if (!minimum)
        return {};
    const QString plus = openEnded ? QStringLiteral("+") : QString();
    if (!maximum || *maximum == *minimum) {
        if (openEnded)
            return QCoreApplication::translate("YearRange", "%1+ yrs").arg(*minimum);
        return QCoreApplication::translate("YearRange", "about %1 yrs").arg(*minimum);
    }
    return QCoreApplication::translate("YearRange", "%1–%2%3 yrs").arg(*minimum).arg(*maximum).arg(plus);
}

} // namespace careerplanner
