#include "ui/widgets/MoneyField.h"

#include "ui/widgets/Appearance.h"
#include "core/base/Money.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace careerplanner {

MoneyField::MoneyField(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_edit->setAccessibleName(accessibleName);
    m_edit->setObjectName(QStringLiteral("amountEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(Appearance::errorStyleSheet());
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    connect(m_edit, &QLineEdit::textChanged, this, &MoneyField::changed);
}

void MoneyField::setValue(std::optional<qint64> minorUnits, const QString &currency)
{
    m_edit->setText(minorUnits ? Money::toEditText(*minorUnits, currency, Money::displayLocale()) : QString());
}

std::optional<qint64> MoneyField::value(const QString &currency, bool required)
{
    QString message;
    std::optional<qint64> result;
    if (m_edit->text().trimmed().isEmpty() && !required) {
        result = 0;
    } else {
        const Money::ParseResult parsed = Money::parse(m_edit->text(), currency, Money::displayLocale());
        result = parsed.minorUnits;
        message = parsed.error;
    }
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    return result;
}

} // namespace careerplanner
