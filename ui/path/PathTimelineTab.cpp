#include "ui/path/PathTimelineTab.h"

#include "ui/charts/ChartView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace careerplanner {

PathTimelineTab::PathTimelineTab(QWidget *parent)
    : QWidget(parent)
    , m_view(new ChartView(this))
    , m_fromYear(new QSpinBox(this))
    , m_toYear(new QSpinBox(this))
{
    m_view->setObjectName(QStringLiteral("pathTimeline"));
    for (QSpinBox *box : { m_fromYear, m_toYear }) {
        box->setRange(0, 2200);
        box->setSpecialValueText(tr("auto"));
        connect(box, &QSpinBox::valueChanged, this, &PathTimelineTab::rangeChanged);
    }
    m_fromYear->setObjectName(QStringLiteral("timelineFrom"));
    m_toYear->setObjectName(QStringLiteral("timelineTo"));
    m_toYear->setAccessibleName(tr("Timeline to year"));
    auto *range = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("Show &years from"), this);
    fromLabel->setBuddy(m_fromYear);
    range->addWidget(fromLabel);
    range->addWidget(m_fromYear);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_toYear);
    range->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_view, 1);
}

int PathTimelineTab::fromYear() const
{
    return m_fromYear->value();
}

int PathTimelineTab::toYear() const
{
    return m_toYear->value();
}

} // namespace careerplanner
