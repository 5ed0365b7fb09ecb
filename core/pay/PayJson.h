#pragma once

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
    // Strict, like the ladders: unknown keys and wrong types are errors at their place.
    static bool packageFromJson(const QJsonObject &object, const QString &path, PayPackage *package, QString *error);
    static bool recordFromJson(const QJsonObject &object, const QString &path, PayRecord *record, QString *error);
};

} // namespace careerplanner
