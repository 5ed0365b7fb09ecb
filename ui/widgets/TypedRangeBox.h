#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace careerplanner {

// A spin box (QSpinBox or QDoubleSpinBox) that takes any number typed into it, so a value
// out of the allowed range stays as typed for the form to refuse with its reason, instead
// of being cut to fit ("150" becoming "15.00 %") or ignored; its arrows stay in range.
template<typename Box> class TypedRangeBox final : public Box
{
public:
    using Value = decltype(std::declval<Box>().value());

    TypedRangeBox(Value minimum, Value maximum, QWidget *parent = nullptr)
        : Box(parent)
        , m_minimum(minimum)
        , m_maximum(maximum)
    {
        // Room for a digit too many either way, which is what a slip of the keyboard types.
        const Value reach = std::max(std::abs(minimum), std::abs(maximum)) * 10 + 9;
        Box::setRange(-reach, reach);
    }

    bool inRange() const { return Box::value() >= m_minimum && Box::value() <= m_maximum; }

    void stepBy(int steps) override
    {
        Box::stepBy(steps);
        Box::setValue(std::clamp(Box::value(), m_minimum, m_maximum));
    }

protected:
    typename Box::StepEnabled stepEnabled() const override
    {
        typename Box::StepEnabled enabled = Box::StepNone;
        if (Box::value() < m_maximum)
            enabled |= Box::StepUpEnabled;
        if (Box::value() > m_minimum)
            enabled |= Box::StepDownEnabled;
        return enabled;
    }

private:
    Value m_minimum;
    Value m_maximum;
};

using TypedRangeSpinBox = TypedRangeBox<QSpinBox>;
using TypedRangeDoubleSpinBox = TypedRangeBox<QDoubleSpinBox>;

} // namespace careerplanner
