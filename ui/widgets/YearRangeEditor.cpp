#include "ui/widgets/YearRangeEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace careerplanner {

namespace {

QSpinBox *yearsSpinBox(QWidget *parent, const QString &name)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(-1, 60);
    spin->setSpecialValueText(QStringLiteral("—")); // -1: the sources give no figure
    spin->setSuffix(QObject::tr(" yrs"));
    return spin;
}

} // namespace

YearRangeEditor::YearRangeEditor(QWidget *parent)
    : QWidget(parent)
    , m_minimum(yearsSpinBox(this, QStringLiteral("minimumYears")))
    , m_maximum(yearsSpinBox(this, QStringLiteral("maximumYears")))
    , m_openEnded(new QCheckBox(tr("or more (+)"), this))
{
    m_minimum->setAccessibleName(tr("Fewest years"));
    m_maximum->setAccessibleName(tr("Most years"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_minimum);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_maximum);
    layout->addWidget(m_openEnded);
    layout->addStretch();
    connect(m_minimum, &QSpinBox::valueChanged, this, &YearRangeEditor::changed);
    connect(m_maximum, &QSpinBox::valueChanged, this, &YearRangeEditor::changed);
    connect(m_openEnded, &QCheckBox::toggled, this, &YearRangeEditor::changed);
}

void YearRangeEditor::setRange(const YearRange &range)
{
    m_minimum->setValue(range.minimum.value_or(-1));
    m_maximum->setValue(range.maximum.value_or(-1));
    m_openEnded->setChecked(range.openEnded);
}

YearRange YearRangeEditor::range() const
{
    YearRange range;
    if (m_minimum->value() >= 0)
        range.minimum = m_minimum->value();
    if (m_maximum->value() >= 0)
        range.maximum = m_maximum->value();
    range.openEnded = m_openEnded->isChecked();
    return range;
}

} // namespace careerplanner
