#pragma once

#include <QLabel>

namespace careerplanner {

class PlanSession;

// A line saying where the user's pay stands among the market reports for their level,
// hidden where there are too few. It is worked out once the window has first been painted:
// the first time, that reads every report of the plan, which the first view must not wait for.
class MarketStandingLabel final : public QLabel
{
    Q_OBJECT

public:
    MarketStandingLabel(PlanSession *session, QWidget *parent = nullptr);

    // pay: a year, in currency, of total pay (total) or base pay; shown once worked out.
    void setPay(const QString &ladderName, const QString &levelTitle, std::optional<qint64> pay,
                const QString &currency, bool total);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int AfterPaintMs = 50;
    void workOut();

    PlanSession *m_session;
    QString m_ladder;
    QString m_level;
    std::optional<qint64> m_pay;
    QString m_currency;
    bool m_total = false;
    bool m_due = false; // a deferred working out is on its way
    bool m_windowPainted = false;
};

} // namespace careerplanner
