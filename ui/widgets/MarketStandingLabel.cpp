#include "ui/widgets/MarketStandingLabel.h"

#include "core/market/MarketStanding.h"
#include "core/plan/PlanSession.h"

#include <QEvent>
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
    if (m_due)
        return;
    m_due = true;
    // Not before the window is on screen: the first paint must not wait for the reports.
    if (m_windowPainted || window()->isVisible())
        QTimer::singleShot(AfterPaintMs, this, &MarketStandingLabel::workOut);
    else
        window()->installEventFilter(this);
}

bool MarketStandingLabel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == window() && !m_windowPainted) {
        m_windowPainted = true;
        window()->removeEventFilter(this);
        // A moment after the paint, so that the window is shown whole before the read.
        QTimer::singleShot(AfterPaintMs, this, &MarketStandingLabel::workOut);
    }
    return QLabel::eventFilter(watched, event);
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
