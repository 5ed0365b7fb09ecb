#pragma once

#include "core/applications/ApplicationOffer.h"

#include "ui/widgets/CheckedDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace careerplanner {

class DateField;
class MoneyField;

// Records or edits the offer an application received: its currency, base pay, the
// sign-on bonus of years one and two, the stock grant's value and vesting, and the day
// it came.
class OfferDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    OfferDialog(const ApplicationOffer &offer, const QString &applicationName, QWidget *parent = nullptr);
    ApplicationOffer offer() const { return m_result; }

private:
    void validate();

    ApplicationOffer m_result;
    QLineEdit *m_currency;
    MoneyField *m_base;
    MoneyField *m_signOn1;
    MoneyField *m_signOn2;
    MoneyField *m_grant;
    QComboBox *m_vesting;
    QCheckBox *m_received;
    DateField *m_receivedOn;
};

} // namespace careerplanner
