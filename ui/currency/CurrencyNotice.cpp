#include "ui/currency/CurrencyNotice.h"

#include "ui/currency/ExchangeRatesDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace careerplanner {

CurrencyNotice::CurrencyNotice(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("currencyNotice"));
    m_text->setObjectName(QStringLiteral("currencyProblem"));
    m_text->setWordWrap(true);
    auto *open = new QPushButton(tr("E&xchange Rates…"), this);
    open->setObjectName(QStringLiteral("openExchangeRates"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(open, 0, Qt::AlignTop);
    connect(open, &QPushButton::clicked, this, [this] { ExchangeRatesDialog::open(m_session, this); });
    hide();
}

void CurrencyNotice::setProblem(const QString &problem)
{
    m_text->setText(problem);
    setVisible(!problem.isEmpty());
}

QString CurrencyNotice::problem() const
{
    return m_text->text();
}

} // namespace careerplanner
