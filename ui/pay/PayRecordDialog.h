#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/pay/PayRecord.h"

#include "ui/widgets/CheckedDialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace careerplanner {

class MoneyField;

// Records what the user was paid in one year that has come, and the level they held. A new
// year already recorded is replaced only when the user says so; an edited year is never
// moved onto another's figures.
class PayRecordDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    // history: the years recorded so far.
    PayRecordDialog(const PayRecord &record, const QList<CareerLadder> &ladders, const QList<PayRecord> &history,
                    QWidget *parent = nullptr);
    PayRecord record() const { return m_result; }
    // True unless the record replaces a year already recorded and the user, asked, said no.
    bool confirmReplacing();

private:
    void validate();
    // The history's record of year when the record would take its place; null otherwise.
    const PayRecord *replaced(int year) const;

    PayRecord m_result;
    QList<PayRecord> m_history;
    int m_originalYear;
    QSpinBox *m_year;
    QComboBox *m_level;
    QLineEdit *m_currency;
    MoneyField *m_base;
    MoneyField *m_bonus;
    MoneyField *m_stock;
};

} // namespace careerplanner
