#pragma once

#include "core/base/ExchangeRate.h"
#include "core/pay/PayPackage.h"
#include "core/pay/PayRecord.h"

#include <QJsonObject>
#include <QString>

namespace careerplanner {

// The JSON form of pay packages and pay-history years (docs/json-format.md).
class PayJson
{
public:
    static QJsonObject packageToJson(const PayPackage &package);
    static QJsonObject recordToJson(const PayRecord &record);
    // {"from": "INR", "to": "USD", "rate": "0.012", "date": "2026-11-01", "note": ""}: the
    // rate a decimal string, so that it round-trips exactly.
    static QJsonObject rateToJson(const ExchangeRate &rate);
    // Strict, like the ladders: unknown keys and wrong types are errors at their place.
    static bool packageFromJson(const QJsonObject &object, const QString &path, PayPackage *package, QString *error);
    static bool recordFromJson(const QJsonObject &object, const QString &path, PayRecord *record, QString *error);
    static bool rateFromJson(const QJsonObject &object, const QString &path, ExchangeRate *rate, QString *error);
};

} // namespace careerplanner
