#pragma once

#include <QWizardPage>

#include <optional>

class QLabel;

namespace careerplanner {

class MoneyField;

// The welcome's question about pay: base salary and, optionally, total compensation a
// year, in the currency the preferences give new pay. Both may be left for later.
class WelcomePayPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePayPage(const QString &currency, QWidget *parent = nullptr);

    QString currency() const { return m_currency; }
    std::optional<qint64> base() const { return m_base; } // nothing when left empty
    std::optional<qint64> total() const { return m_total; }

    bool isComplete() const override;

private:
    void check();

    QString m_currency;
    MoneyField *m_baseField;
    MoneyField *m_totalField;
    QLabel *m_message;
    std::optional<qint64> m_base;
    std::optional<qint64> m_total;
    bool m_valid = true;
};

} // namespace careerplanner
