#pragma once

#include <QWidget>

class QLabel;

namespace careerplanner {

class PlanSession;

// The line a page shows when it cannot put amounts in different currencies together
// ("Pay is in INR and the band in USD: add an exchange rate to compare them"), with the
// button that opens the plan's exchange rates. Hidden while there is nothing to say.
class CurrencyNotice final : public QWidget
{
    Q_OBJECT

public:
    explicit CurrencyNotice(PlanSession *session, QWidget *parent = nullptr);

    void setProblem(const QString &problem); // empty: hides it
    QString problem() const;

private:
    PlanSession *m_session;
    QLabel *m_text;
};

} // namespace careerplanner
