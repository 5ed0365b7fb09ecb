#include "ui/currency/ExchangeRateDialog.h"

#include "ui/widgets/DateField.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>

#include <cmath>

namespace careerplanner {

namespace {

QLineEdit *currencyField(const QString &code, const QString &name, QWidget *parent)
{
    auto *field = new QLineEdit(code, parent);
    field->setObjectName(name);
    field->setMaxLength(3);
    field->setPlaceholderText(QStringLiteral("USD"));
    // Letters only; typed in either case, kept in capitals.
    field->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), field));
    QObject::connect(field, &QLineEdit::textEdited, field, [field](const QString &text) {
        if (text != text.toUpper())
            field->setText(text.toUpper());
    });
    field->setMaximumWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("WWWWW")) + 16);
    return field;
}

} // namespace

ExchangeRateDialog::ExchangeRateDialog(const ExchangeRate &initial, QWidget *parent)
    : CheckedDialog(parent)
    , m_initial(initial)
    , m_from(currencyField(initial.from, QStringLiteral("rateFrom"), this))
    , m_to(currencyField(initial.to, QStringLiteral("rateTo"), this))
    , m_rate(new QLineEdit(initial.rate, this))
    , m_date(new DateField(initial.date.isValid() ? initial.date : QDate::currentDate(), this))
    , m_note(new QLineEdit(initial.note, this))
{
    setWindowTitle(initial.id ? tr("Edit Exchange Rate") : tr("Add Exchange Rate"));
    m_rate->setObjectName(QStringLiteral("rateValue"));
    m_rate->setPlaceholderText(QStringLiteral("0.012"));
    m_date->setObjectName(QStringLiteral("rateDate"));
    m_note->setObjectName(QStringLiteral("rateNote"));
    m_note->setMaxLength(200);
    m_note->setPlaceholderText(tr("offer letter, bank rate…"));
    messageLabel()->setObjectName(QStringLiteral("dialogMessage"));

    auto *pair = new QHBoxLayout;
    auto *one = new QLabel(tr("&1"), this);
    one->setBuddy(m_from);
    pair->addWidget(one);
    pair->addWidget(m_from);
    auto *worth = new QLabel(tr("is &worth"), this);
    worth->setBuddy(m_rate);
    pair->addWidget(worth);
    pair->addWidget(m_rate, 1);
    auto *in = new QLabel(tr("&in"), this);
    in->setBuddy(m_to);
    pair->addWidget(in);
    pair->addWidget(m_to);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Rate:"), pair);
    form->addRow(tr("For the &date:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(messageLabel());
    form->addRow(buttons());
    for (QLineEdit *field : { m_from, m_to, m_rate })
        connect(field, &QLineEdit::textChanged, this, &ExchangeRateDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &ExchangeRateDialog::validate);
    validate();
    // The pair is suggested; the rate is what there is to type.
    (m_from->text().isEmpty() ? m_from : m_rate)->setFocus();
}

ExchangeRate ExchangeRateDialog::rate() const
{
    return { m_initial.id,
             m_from->text().trimmed().toUpper(),
             m_to->text().trimmed().toUpper(),
             m_rate->text().trimmed(),
             m_date->date(),
             m_note->text().trimmed() };
}

void ExchangeRateDialog::validate()
{
    const ExchangeRate rate = this->rate();
    const QString problem = rate.problem();
    if (!problem.isEmpty()) {
        showCheck(problem);
        return;
    }
    // The other way round, so that a rate typed upside down is seen before it is saved.
    const auto exact = ExchangeRate::exact(rate.rate);
    const double inverse = std::pow(10.0, exact->scale) / static_cast<double>(exact->digits);
    showCheck({}, tr("So 1 %1 is worth about %2 %3.").arg(rate.to, QLocale().toString(inverse, 'g', 6), rate.from));
}

} // namespace careerplanner
