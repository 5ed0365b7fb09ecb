#include "ui/ladders/BandEditor.h"

#include "ui/widgets/Appearance.h"
#include "core/base/Money.h"

#include <QCheckBox>
#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace careerplanner {

BandEditor::BandEditor(SalaryBand::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_minimum(new QLineEdit(this))
    , m_maximum(new QLineEdit(this))
    , m_openEnded(new QCheckBox(tr("open-ended (+)"), this))
    , m_error(new QLabel(this))
{
    const QString what = SalaryBand::kindToDisplayName(kind);
    m_minimum->setObjectName(QStringLiteral("minimumEdit"));
    m_maximum->setObjectName(QStringLiteral("maximumEdit"));
    m_openEnded->setObjectName(QStringLiteral("openEndedCheck"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_minimum->setAccessibleName(tr("%1 minimum").arg(what));
    m_maximum->setAccessibleName(tr("%1 maximum").arg(what));
    m_minimum->setPlaceholderText(tr("minimum, e.g. 80000"));
    m_maximum->setPlaceholderText(tr("maximum"));
    m_openEnded->setToolTip(tr("Tick when pay can go above the top figure, as in “$150,000+”. "
                               "Leave the maximum empty when the source gives only a floor."));
    m_error->setStyleSheet(Appearance::errorStyleSheet());
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_minimum, 0, 0);
    layout->addWidget(new QLabel(QStringLiteral("–"), this), 0, 1);
    layout->addWidget(m_maximum, 0, 2);
    layout->addWidget(m_openEnded, 0, 3);
    layout->addWidget(m_error, 1, 0, 1, 4);

    connect(m_minimum, &QLineEdit::textChanged, this, &BandEditor::changed);
    connect(m_maximum, &QLineEdit::textChanged, this, &BandEditor::changed);
    connect(m_openEnded, &QCheckBox::toggled, this, &BandEditor::changed);
}

void BandEditor::setBand(const std::optional<SalaryBand> &band)
{
    m_original = band;
    m_minimum->setText(band ? Money::toEditText(band->minimum, band->currency, m_locale) : QString());
    m_maximum->setText(band && band->maximum ? Money::toEditText(*band->maximum, band->currency, m_locale) : QString());
    m_openEnded->setChecked(band && band->openEnded);
}

BandEditor::Result BandEditor::result(const QString &currency) const
{
    const bool noMinimum = m_minimum->text().trimmed().isEmpty();
    const bool noMaximum = m_maximum->text().trimmed().isEmpty();
    if (noMinimum && noMaximum && !m_openEnded->isChecked())
        return {};
    if (noMinimum)
        return { std::nullopt, tr("Enter a minimum.") };

    SalaryBand band;
    band.kind = m_kind;
    band.currency = currency;
    const Money::ParseResult minimum = Money::parse(m_minimum->text(), currency, m_locale);
    if (!minimum.minorUnits)
        return { std::nullopt, tr("Check the minimum. %1").arg(minimum.error) };
    band.minimum = *minimum.minorUnits;
    if (!noMaximum) {
        const Money::ParseResult maximum = Money::parse(m_maximum->text(), currency, m_locale);
        if (!maximum.minorUnits)
            return { std::nullopt, tr("Check the maximum. %1").arg(maximum.error) };
        band.maximum = *maximum.minorUnits;
    }
    band.openEnded = m_openEnded->isChecked();

    // A figure the user changed is theirs now, not the guide's: say so in its source.
    const bool sameFigures = m_original && m_original->minimum == band.minimum && m_original->maximum == band.maximum
                             && m_original->openEnded == band.openEnded && m_original->currency == band.currency;
    band.source
        = sameFigures
              ? m_original->source
              : SourceRef { QString(), tr("Entered by you on %1").arg(QDate::currentDate().toString(Qt::ISODate)) };
    return { band, QString() };
}

void BandEditor::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace careerplanner
