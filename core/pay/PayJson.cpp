#include "core/pay/PayJson.h"

#include "core/base/JsonReader.h"
#include "core/base/Money.h"
#include "core/pay/PayValidator.h"

#include <QJsonArray>

namespace careerplanner {

namespace {

// Money keys accept any whole number a double holds exactly; the validator then says
// "negative" or "too large" in the user's words.
constexpr qint64 JsonMoneyLimit = Money::MaximumMinorUnits * 10;

qint64 money(JsonReader &reader, const QString &key, bool required = false)
{
    return reader.integer(key, -JsonMoneyLimit, JsonMoneyLimit, required).value_or(0);
}

int rate(JsonReader &reader, const QString &key)
{
    return static_cast<int>(reader.integer(key, -1'000'000, 1'000'000).value_or(0));
}

void putOptional(QJsonObject &object, const QString &key, const std::optional<qint64> &value)
{
    if (value)
        object.insert(key, static_cast<double>(*value));
}

} // namespace

QJsonObject PayJson::packageToJson(const PayPackage &package)
{
    QJsonArray vesting;
    for (const VestingSchedule::Tranche &tranche : package.vesting.tranches())
        vesting.append(QJsonObject { { QStringLiteral("month"), tranche.month },
                                     { QStringLiteral("basisPoints"), tranche.basisPoints } });
    QJsonObject object { { QStringLiteral("name"), package.name },
                         { QStringLiteral("kind"), PayPackage::kindToKey(package.kind) },
                         { QStringLiteral("currency"), package.currency },
                         { QStringLiteral("baseSalaryMinorUnits"), static_cast<double>(package.baseSalary) },
                         { QStringLiteral("annualRaiseBasisPoints"), package.annualRaiseBasisPoints },
                         { QStringLiteral("signOnYear1MinorUnits"), static_cast<double>(package.signOnYear1) },
                         { QStringLiteral("signOnYear2MinorUnits"), static_cast<double>(package.signOnYear2) },
                         { QStringLiteral("stockGrantMinorUnits"), static_cast<double>(package.stockGrantValue) },
                         { QStringLiteral("vesting"), vesting },
                         { QStringLiteral("annualRefresherMinorUnits"),
                           static_cast<double>(package.annualRefresherValue) },
                         { QStringLiteral("stockGrowthBasisPoints"), package.stockGrowthBasisPoints },
                         { QStringLiteral("yearlyBonusMinorUnits"), static_cast<double>(package.yearlyBonus) } };
    putOptional(object, QStringLiteral("stockShares"), package.stockShares);
    putOptional(object, QStringLiteral("stockPricePerShareMinorUnits"), package.stockPricePerShare);
    return object;
}

QJsonObject PayJson::recordToJson(const PayRecord &record)
{
    return { { QStringLiteral("year"), record.year },
             { QStringLiteral("ladder"), record.ladderName },
             { QStringLiteral("level"), record.levelTitle },
             { QStringLiteral("currency"), record.currency },
             { QStringLiteral("baseMinorUnits"), static_cast<double>(record.base) },
             { QStringLiteral("bonusMinorUnits"), static_cast<double>(record.bonus) },
             { QStringLiteral("stockVestedMinorUnits"), static_cast<double>(record.stockVested) } };
}

QJsonObject PayJson::rateToJson(const ExchangeRate &rate)
{
    return { { QStringLiteral("from"), rate.from },
             { QStringLiteral("to"), rate.to },
             { QStringLiteral("rate"), rate.rate },
             { QStringLiteral("date"), JsonReader::dateToJson(rate.date) },
             { QStringLiteral("note"), rate.note } };
}

bool PayJson::packageFromJson(const QJsonObject &object, const QString &path, PayPackage *package, QString *error)
{
    JsonReader reader(object, path, error);
    package->name = reader.string(QStringLiteral("name"), true);
    const auto kind = PayPackage::kindFromKey(reader.string(QStringLiteral("kind"), true));
    if (reader.ok() && !kind)
        reader.fail(QStringLiteral("“kind” must be “current_job” or “offer”"));
    package->kind = kind.value_or(PayPackage::Kind::Offer);
    package->currency = reader.string(QStringLiteral("currency"), true);
    package->baseSalary = money(reader, QStringLiteral("baseSalaryMinorUnits"), true);
    package->annualRaiseBasisPoints = rate(reader, QStringLiteral("annualRaiseBasisPoints"));
    package->signOnYear1 = money(reader, QStringLiteral("signOnYear1MinorUnits"));
    package->signOnYear2 = money(reader, QStringLiteral("signOnYear2MinorUnits"));
    package->stockGrantValue = money(reader, QStringLiteral("stockGrantMinorUnits"));
    package->stockShares = reader.integer(QStringLiteral("stockShares"), -JsonMoneyLimit, JsonMoneyLimit);
    package->stockPricePerShare
        = reader.integer(QStringLiteral("stockPricePerShareMinorUnits"), -JsonMoneyLimit, JsonMoneyLimit);
    package->annualRefresherValue = money(reader, QStringLiteral("annualRefresherMinorUnits"));
    package->stockGrowthBasisPoints = rate(reader, QStringLiteral("stockGrowthBasisPoints"));
    package->yearlyBonus = money(reader, QStringLiteral("yearlyBonusMinorUnits"));
    QList<VestingSchedule::Tranche> tranches;
    reader.forEachObject(QStringLiteral("vesting"), [&](const QJsonObject &item, const QString &itemPath) {
        JsonReader trancheReader(item, itemPath, error);
        const auto month = trancheReader.integer(QStringLiteral("month"), 1, 120, true);
        const auto points = trancheReader.integer(QStringLiteral("basisPoints"), 1, VestingSchedule::WholeGrant, true);
        if (trancheReader.finish())
            tranches.append({ static_cast<int>(*month), static_cast<int>(*points) });
    });
    package->vesting = VestingSchedule(tranches);
    if (!reader.finish())
        return false;
    const QString problem = PayValidator::validatePackage(*package);
    if (!problem.isEmpty())
        reader.fail(problem);
    return reader.ok();
}

bool PayJson::recordFromJson(const QJsonObject &object, const QString &path, PayRecord *record, QString *error)
{
    JsonReader reader(object, path, error);
    record->year = static_cast<int>(reader.integer(QStringLiteral("year"), 0, 10'000, true).value_or(0));
    record->ladderName = reader.string(QStringLiteral("ladder"));
    record->levelTitle = reader.string(QStringLiteral("level"));
    record->currency = reader.string(QStringLiteral("currency"), true);
    record->base = money(reader, QStringLiteral("baseMinorUnits"), true);
    record->bonus = money(reader, QStringLiteral("bonusMinorUnits"));
    record->stockVested = money(reader, QStringLiteral("stockVestedMinorUnits"));
    if (!reader.finish())
        return false;
    const QString problem = PayValidator::validateRecord(*record);
    if (!problem.isEmpty())
        reader.fail(problem);
    return reader.ok();
}

bool PayJson::rateFromJson(const QJsonObject &object, const QString &path, ExchangeRate *rate, QString *error)
{
    JsonReader reader(object, path, error);
    rate->from = reader.string(QStringLiteral("from"), true);
    rate->to = reader.string(QStringLiteral("to"), true);
    rate->rate = reader.string(QStringLiteral("rate"), true);
    rate->date = reader.date(QStringLiteral("date"), true);
    rate->note = reader.string(QStringLiteral("note"));
    if (!reader.finish())
        return false;
    const QString problem = rate->problem();
    if (!problem.isEmpty())
        reader.fail(problem);
    rate->rate = ExchangeRate::normalized(rate->rate);
    return reader.ok();
}

} // namespace careerplanner
