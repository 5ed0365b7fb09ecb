#include "ui/welcome/WelcomePayPage.h"

#include "core/plan/PlanSetup.h"
#include "ui/widgets/MoneyField.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace careerplanner {

WelcomePayPage::WelcomePayPage(const QString &currency, QWidget *parent)
    : QWizardPage(parent)
    , m_currency(currency)
    , m_baseField(new MoneyField(tr("Base salary"), this))
    , m_totalField(new MoneyField(tr("Total compensation"), this))
    , m_message(new QLabel(this))
{
    setTitle(tr("What you are paid"));
    setSubTitle(tr("This year's pay, to place you in your level's band. It stays in your plan file, on this "
                   "computer."));
    m_baseField->lineEdit()->setObjectName(QStringLiteral("welcomeBase"));
    m_totalField->lineEdit()->setObjectName(QStringLiteral("welcomeTotal"));
    m_baseField->lineEdit()->setPlaceholderText(tr("for example 150,000"));
    m_totalField->lineEdit()->setPlaceholderText(tr("Optional: base, bonus and stock together"));
    m_message->setObjectName(QStringLiteral("welcomePayMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Base salary a year (%1):").arg(currency), m_baseField);
    form->addRow(tr("&Total compensation a year (%1):").arg(currency), m_totalField);
    form->addRow(m_message);
    connect(m_baseField, &MoneyField::changed, this, &WelcomePayPage::check);
    connect(m_totalField, &MoneyField::changed, this, &WelcomePayPage::check);
    check();
}

void WelcomePayPage::check()
{
    m_valid = true;
    for (auto [field, amount] : { std::pair { m_baseField, &m_base }, std::pair { m_totalField, &m_total } }) {
        amount->reset();
        if (field->lineEdit()->text().trimmed().isEmpty()) {
            field->value(m_currency); // clears what was said of a figure no longer there
            continue;
        }
        *amount = field->value(m_currency, true);
        m_valid = m_valid && amount->has_value();
    }
    // The rule is the set-up's own, said here as a sentence.
    QString message = m_valid ? PlanSetup::payProblem(m_base, m_total) : QString();
    if (!message.isEmpty()) {
        message[0] = message.at(0).toUpper();
        message += QLatin1Char('.');
        m_valid = false;
    } else if (m_valid && !m_base) {
        message = tr("You can leave pay for later: Pay history ▸ Record a Year adds it.");
    }
    m_message->setText(message);
    Q_EMIT completeChanged();
}

bool WelcomePayPage::isComplete() const
{
    return m_valid;
}

} // namespace careerplanner
