#include "core/pay/PayValidator.h"

#include "core/ladders/LevelValidator.h"
#include "core/base/Money.h"

#include <QCoreApplication>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PayValidator", text);
}

// The first of (label, amount) that is negative or beyond the cap, as a message.
QString checkAmounts(std::initializer_list<std::pair<const char *, qint64>> amounts)
{
    for (const auto &[label, amount] : amounts) {
        if (amount < 0)
            return tr("%1 cannot be negative.").arg(tr(label));
        if (amount > Money::MaximumMinorUnits)
            return tr("%1 is too large.").arg(tr(label));
    }
    return {};
}

} // namespace

QString PayValidator::validatePackage(const PayPackage &package)
{
    if (package.name.trimmed().isEmpty())
        return tr("A package needs a name.");
    if (package.name.size() > LevelValidator::MaximumTextLength)
        return tr("Keep the name under %1 characters.").arg(LevelValidator::MaximumTextLength);
    if (!Money::isCurrencyCode(package.currency))
        return tr("The currency must be a three-letter code such as USD.");
    QString problem = checkAmounts(
        { { QT_TRANSLATE_NOOP("PayValidator", "The base salary"), package.baseSalary },
          { QT_TRANSLATE_NOOP("PayValidator", "The year 1 sign-on bonus"), package.signOnYear1 },
          { QT_TRANSLATE_NOOP("PayValidator", "The year 2 sign-on bonus"), package.signOnYear2 },
          { QT_TRANSLATE_NOOP("PayValidator", "The stock grant"), package.stockGrantValue },
          { QT_TRANSLATE_NOOP("PayValidator", "The refresher grant"), package.annualRefresherValue },
          { QT_TRANSLATE_NOOP("PayValidator", "The yearly bonus"), package.yearlyBonus },
          { QT_TRANSLATE_NOOP("PayValidator", "The share count"), package.stockShares.value_or(0) },
          { QT_TRANSLATE_NOOP("PayValidator", "The share price"), package.stockPricePerShare.value_or(0) } });
    if (!problem.isEmpty())
        return problem;
    if (package.stockShares && package.stockPricePerShare && *package.stockShares > 0
        && *package.stockPricePerShare > Money::MaximumMinorUnits / *package.stockShares)
        return tr("The stock grant (shares × price) is too large.");
    if (package.annualRaiseBasisPoints < MinimumRaiseBasisPoints
        || package.annualRaiseBasisPoints > MaximumRaiseBasisPoints)
        return tr("The yearly raise must be between -50% and +100%.");
    if (package.stockGrowthBasisPoints < MinimumGrowthBasisPoints
        || package.stockGrowthBasisPoints > MaximumGrowthBasisPoints)
        return tr("The stock growth must be between -90% and +100% a year.");
    return package.vesting.validate();
}

QString PayValidator::validateRecord(const PayRecord &record)
{
    if (record.year < 1950 || record.year > 2200)
        return tr("The year must be between 1950 and 2200.");
    if (!Money::isCurrencyCode(record.currency))
        return tr("The currency must be a three-letter code such as USD.");
    return checkAmounts({ { QT_TRANSLATE_NOOP("PayValidator", "The base pay"), record.base },
                          { QT_TRANSLATE_NOOP("PayValidator", "The bonus"), record.bonus },
                          { QT_TRANSLATE_NOOP("PayValidator", "The stock vested"), record.stockVested } });
}

} // namespace careerplanner
