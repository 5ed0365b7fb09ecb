#include "ui/bands/AdjustmentPanel.h"

#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/InlineProblemLabel.h"
#include "core/plan/PlanSession.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSignalBlocker>

#include <cmath>

namespace careerplanner {

namespace {

TypedRangeDoubleSpinBox *factorBox(QWidget *parent, const QString &name)
{
    auto *box = new TypedRangeDoubleSpinBox(BandAdjustment::MinimumFactor / 10'000.0,
                                            BandAdjustment::MaximumFactor / 10'000.0, parent);
    box->setObjectName(name);
    box->setSingleStep(0.05);
    box->setDecimals(2);
    box->setPrefix(QStringLiteral("×"));
    return box;
}

} // namespace

AdjustmentPanel::AdjustmentPanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_enabled(new QCheckBox(tr("Apply &my assumptions:"), this))
    , m_locationLabel(new QLineEdit(this))
    , m_location(factorBox(this, QStringLiteral("locationFactor")))
    , m_unitLabel(new QLineEdit(this))
    , m_unit(factorBox(this, QStringLiteral("businessUnitFactor")))
    , m_problem(new InlineProblemLabel(QStringLiteral("assumptionsProblem"), this))
{
    m_enabled->setObjectName(QStringLiteral("applyAssumptions"));
    m_enabled->setToolTip(tr("The product guide names location and business unit as factors in pay but gives no "
                             "numbers. These multipliers are your own guesses; bands drawn with them say so."));
    m_locationLabel->setPlaceholderText(tr("location"));
    m_locationLabel->setAccessibleName(tr("Location"));
    m_location->setAccessibleName(tr("Location multiplier"));
    m_unitLabel->setPlaceholderText(tr("business unit"));
    m_unitLabel->setAccessibleName(tr("Business unit"));
    m_unit->setAccessibleName(tr("Business unit multiplier"));
    for (QLineEdit *edit : { m_locationLabel, m_unitLabel })
        edit->setMaximumWidth(140);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(new QLabel(tr("Location"), this));
    layout->addWidget(m_locationLabel);
    layout->addWidget(m_location);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Business unit"), this));
    layout->addWidget(m_unitLabel);
    layout->addWidget(m_unit);
    layout->addWidget(m_problem, 1);
    layout->addStretch();

    load();
    connect(m_enabled, &QCheckBox::toggled, this, &AdjustmentPanel::save);
    connect(m_location, &QDoubleSpinBox::valueChanged, this, &AdjustmentPanel::save);
    connect(m_unit, &QDoubleSpinBox::valueChanged, this, &AdjustmentPanel::save);
    connect(m_locationLabel, &QLineEdit::editingFinished, this, &AdjustmentPanel::save);
    connect(m_unitLabel, &QLineEdit::editingFinished, this, &AdjustmentPanel::save);
}

void AdjustmentPanel::load()
{
    const BandAdjustment &adjustment = m_session->payStore().adjustment();
    const QSignalBlocker a(m_enabled), b(m_location), c(m_unit);
    m_problem->report(QString());
    m_enabled->setChecked(adjustment.enabled);
    m_locationLabel->setText(adjustment.locationLabel);
    m_location->setValue(adjustment.locationBasisPoints / 10'000.0);
    m_unitLabel->setText(adjustment.businessUnitLabel);
    m_unit->setValue(adjustment.businessUnitBasisPoints / 10'000.0);
}

void AdjustmentPanel::save()
{
    // A multiplier typed out of range is not saved, and the bands stay as they were.
    const QString range = tr("A multiplier is ×%1 to ×%2; this one is not saved.")
                              .arg(QLocale().toString(BandAdjustment::MinimumFactor / 10'000.0, 'f', 2),
                                   QLocale().toString(BandAdjustment::MaximumFactor / 10'000.0, 'f', 2));
    if (!m_problem->report(m_location->inRange() && m_unit->inRange() ? QString() : range))
        return;
    BandAdjustment adjustment;
    adjustment.enabled = m_enabled->isChecked();
    adjustment.locationLabel = m_locationLabel->text().trimmed();
    adjustment.locationBasisPoints = static_cast<int>(std::lround(m_location->value() * 10'000));
    adjustment.businessUnitLabel = m_unitLabel->text().trimmed();
    adjustment.businessUnitBasisPoints = static_cast<int>(std::lround(m_unit->value() * 10'000));
    if (!CheckedEdit::run(this, tr("Assumptions"), tr("Your assumptions were not saved."),
                          [&](QString *error) { return m_session->payStore().setAdjustment(adjustment, error); }))
        load(); // show what the plan holds
}

} // namespace careerplanner
