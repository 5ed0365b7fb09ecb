#include "ui/applications/OfferDialog.h"

#include "ui/widgets/VestingPresets.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/MoneyField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace careerplanner {

OfferDialog::OfferDialog(const ApplicationOffer &offer, const QString &applicationName, QWidget *parent)
    : CheckedDialog(parent)
    , m_result(offer)
    , m_currency(new QLineEdit(offer.currency, this))
    , m_base(new MoneyField(tr("Base salary"), this))
    , m_signOn1(new MoneyField(tr("Sign-on bonus, year 1"), this))
    , m_signOn2(new MoneyField(tr("Sign-on bonus, year 2"), this))
    , m_grant(new MoneyField(tr("Stock grant value"), this))
    , m_vesting(new QComboBox(this))
    , m_received(new QCheckBox(tr("&Received on"), this))
    , m_receivedOn(new DateField(offer.receivedOn.isValid() ? offer.receivedOn : QDate::currentDate(), this))
{
    setWindowTitle(tr("Offer — %1").arg(applicationName));
    m_currency->setObjectName(QStringLiteral("offerCurrency"));
    m_currency->setMaximumWidth(80);
    m_currency->setInputMask(QStringLiteral(">AAA"));
    m_base->setObjectName(QStringLiteral("offerBase"));
    m_signOn1->setObjectName(QStringLiteral("offerSignOn1"));
    m_signOn2->setObjectName(QStringLiteral("offerSignOn2"));
    m_grant->setObjectName(QStringLiteral("offerStock"));
    const bool isNew = offer.baseSalary == 0;
    m_base->setValue(isNew ? std::nullopt : std::optional<qint64>(offer.baseSalary), offer.currency);
    m_signOn1->setValue(offer.signOnYear1, offer.currency);
    m_signOn2->setValue(offer.signOnYear2, offer.currency);
    m_grant->setValue(offer.stockGrantValue, offer.currency);
    m_vesting->setObjectName(QStringLiteral("offerVesting"));
    m_vesting->addItems(VestingPresets::names()); // "Custom": the schedule as recorded
    m_vesting->setCurrentIndex(VestingPresets::indexOf(offer.vesting));
    m_received->setObjectName(QStringLiteral("offerReceived"));
    m_received->setChecked(offer.receivedOn.isValid() || isNew);
    m_receivedOn->setObjectName(QStringLiteral("offerReceivedOn"));
    messageLabel()->setObjectName(QStringLiteral("offerMessage"));

    auto *received = new QHBoxLayout;
    received->addWidget(m_received);
    received->addWidget(m_receivedOn, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Base salary:"), m_base);
    form->addRow(tr("Sign-on, year &1:"), m_signOn1);
    form->addRow(tr("Sign-on, year &2:"), m_signOn2);
    form->addRow(tr("&Stock grant value:"), m_grant);
    form->addRow(tr("&Vesting:"), m_vesting);
    form->addRow(received);
    form->addRow(messageLabel());
    form->addRow(buttons());

    connect(m_currency, &QLineEdit::textChanged, this, &OfferDialog::validate);
    for (MoneyField *field : { m_base, m_signOn1, m_signOn2, m_grant })
        connect(field, &MoneyField::changed, this, &OfferDialog::validate);
    connect(m_vesting, &QComboBox::currentIndexChanged, this, &OfferDialog::validate);
    connect(m_received, &QCheckBox::toggled, this, &OfferDialog::validate);
    connect(m_receivedOn, &QDateEdit::dateChanged, this, &OfferDialog::validate);
    validate();
}

void OfferDialog::validate()
{
    m_receivedOn->setEnabled(m_received->isChecked());
    ApplicationOffer offer = m_result;
    offer.currency = m_currency->text().trimmed().toUpper();
    const auto base = m_base->value(offer.currency, true);
    const auto signOn1 = m_signOn1->value(offer.currency);
    const auto signOn2 = m_signOn2->value(offer.currency);
    const auto grant = m_grant->value(offer.currency);
    if (!base || !signOn1 || !signOn2 || !grant) {
        showCheck(tr("Correct the amounts marked above."));
        return;
    }
    offer.baseSalary = *base;
    offer.signOnYear1 = *signOn1;
    offer.signOnYear2 = *signOn2;
    offer.stockGrantValue = *grant;
    if (const auto schedule = VestingPresets::schedule(m_vesting->currentIndex()))
        offer.vesting = *schedule;
    offer.receivedOn = m_received->isChecked() ? m_receivedOn->date() : QDate();
    const QString problem = offer.receivedOn > QDate::currentDate() ? tr("An offer cannot have come after today.")
                                                                    : ApplicationOffer::validate(offer);
    showCheck(problem);
    if (problem.isEmpty())
        m_result = offer;
}

} // namespace careerplanner
