#pragma once

#include "core/pay/PayPackage.h"
#include "core/pay/PayRecord.h"

#include <QString>

namespace careerplanner {

// The rules for pay packages and pay history, shared by the forms, the JSON import and
// the storage layer. Each returns the first problem in words for the user, or nothing.
class PayValidator
{
public:
    static constexpr int MinimumRaiseBasisPoints = -5'000; // -50% a year
    static constexpr int MaximumRaiseBasisPoints = 10'000; // +100% a year
    static constexpr int MinimumGrowthBasisPoints = -9'000; // -90% a year
    static constexpr int MaximumGrowthBasisPoints = 10'000;

    static QString validatePackage(const PayPackage &package);
    static QString validateRecord(const PayRecord &record);
};

} // namespace careerplanner
