#pragma once

#include "core/base/YearRange.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace careerplanner {

// "from [n] to [m] years [ ] or more" for a YearRange; "—" means no figure.
class YearRangeEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit YearRangeEditor(QWidget *parent = nullptr);

    void setRange(const YearRange &range);
    YearRange range() const;

Q_SIGNALS:
    void changed();

private:
    QSpinBox *m_minimum;
    QSpinBox *m_maximum;
    QCheckBox *m_openEnded;
};

} // namespace careerplanner
