#pragma once

#include "core/bands/SalaryBand.h"

#include <QString>

namespace careerplanner {

// The user's own assumptions about how location and business unit move pay, as
// multipliers on the bands. The product guide names both as pay factors but gives no
// numbers, so these are never presented as source figures. Off unless switched on.
struct BandAdjustment
{
    static constexpr int Neutral = 10'000; // x1.00, in basis points
    static constexpr int MinimumFactor = 5'000; // x0.50
    static constexpr int MaximumFactor = 20'000; // x2.00

    bool enabled = false;
    int locationBasisPoints = Neutral;
    QString locationLabel; // e.g. "Seattle"
    int businessUnitBasisPoints = Neutral;
    QString businessUnitLabel; // e.g. "AWS"

    bool isActive() const { return enabled && (locationBasisPoints != Neutral || businessUnitBasisPoints != Neutral); }
    // The band scaled by both factors (one after the other, each rounded to the nearest
    // minor unit, halves away from zero), its source saying that it was adjusted.
    SalaryBand apply(const SalaryBand &band) const;
    // "location Seattle ×1.10, business unit AWS ×1.05"
    QString describe() const;
    QString validate() const;

    bool operator==(const BandAdjustment &o) const
    {
        return enabled == o.enabled && locationBasisPoints == o.locationBasisPoints && locationLabel == o.locationLabel
               && businessUnitBasisPoints == o.businessUnitBasisPoints && businessUnitLabel == o.businessUnitLabel;
    }
    bool operator!=(const BandAdjustment &o) const { return !(*this == o); }
};

} // namespace careerplanner
