#include "PayPackage.h"

namespace careerplanner {

qint64 PayPackage::grantValue() const
{
    if (stockShares && stockPricePerShare)
        return *stockShares * *stockPricePerShare;
    return stockGrantValue;
}

} // namespace careerplanner
