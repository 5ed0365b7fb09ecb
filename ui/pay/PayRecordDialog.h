#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/pay/PayRecord.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace careerplanner {

class MoneyField;

// Records what the user was paid in one year and the level they held. A year already
// recorded is replaced, which the dialog says before it happens.
class PayRecordDialog final : public QDialog
{
    Q_OBJECT

public:
    PayRecordDialog(const PayRecord &record, const QList<CareerLadder> &ladders, const QList<int> &recordedYears,
                    QWidget *parent = nullptr);
    PayRecord record() const { return m_result; }

private:
    void validate();

    PayRecord m_result;
    QList<int> m_recordedYears;
    int m_originalYear;
    QSpinBox *m_year;
    QComboBox *m_level;
    QLineEdit *m_currency;
    MoneyField *m_base;
    MoneyField *m_bonus;
    MoneyField *m_stock;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace careerplanner
