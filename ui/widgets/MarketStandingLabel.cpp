#include "ui/widgets/MarketStandingLabel.h"

#include "core/market/MarketStanding.h"
#include "core/plan/PlanSession.h"

#include <QTimer>

namespace careerplanner {

MarketStandingLabel::MarketStandingLabel(PlanSession *session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setWordWrap(true);
    hide();
}

void MarketStandingLabel::setPay(const QString &ladderName, const QString &levelTitle, std::optional<qint64> pay,
                                 const QString &currency, bool total)
{
    m_ladder = ladderName;
    m_level = levelTitle;
    m_pay = pay;
    m_currency = currency;
    m_total = total;
    if (!pay || !m_session->marketStore().hasReports()) {
        hide();
        return;
    }
    if (!m_due) {
        m_due = true;
        QTimer::singleShot(0, this, &MarketStandingLabel::workOut);
    }
}

void MarketStandingLabel::workOut()
{
    m_due = false;
    const std::optional<MarketStanding> standing
        = m_pay ? MarketStanding::of(m_session->marketStore(), m_ladder, m_level, *m_pay, m_currency, m_total,
                                     m_session->payStore().converter())
                : std::nullopt;
    setText(standing ? standing->text(m_level) : QString());
    setVisible(standing.has_value());
}

} // namespace careerplanner
