#pragma once

#include "core/base/ExchangeRate.h"
#include "ui/widgets/CheckedDialog.h"

class QLineEdit;

namespace careerplanner {

class DateField;

// One exchange rate: "1 [INR] is worth [0.012] [USD]", the date it is for (today by
// default) and a note. What is wrong is said in the dialog as it is typed.
class ExchangeRateDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    explicit ExchangeRateDialog(const ExchangeRate &initial, QWidget *parent = nullptr);
    ExchangeRate rate() const;

private:
    void validate();

    ExchangeRate m_initial;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_rate;
    DateField *m_date;
    QLineEdit *m_note;
};

} // namespace careerplanner
