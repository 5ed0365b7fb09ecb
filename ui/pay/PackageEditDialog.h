#pragma once

#include "core/pay/PayPackage.h"

#include "ui/widgets/CheckedDialog.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace careerplanner {

class MoneyField;
class VestingTableModel;

// Enters or edits a pay package: base with a yearly raise, sign-on in years 1 and 2, a
// stock grant (value, or shares × price) with its vesting schedule, refreshers, stock
// growth and a yearly bonus. OK stays disabled until everything is valid, and the
// reason is shown next to the field (a schedule must add up to exactly 100%); a name the
// plan already has is said in the dialog, which keeps what was typed.
class PackageEditDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    explicit PackageEditDialog(const PayPackage &package, QWidget *parent = nullptr);
    PayPackage package() const { return m_result; }

private:
    void applyPreset(int index);
    void validate();

    PayPackage m_original;
    PayPackage m_result;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_currency;
    MoneyField *m_base;
    QDoubleSpinBox *m_raise;
    MoneyField *m_signOn1;
    MoneyField *m_signOn2;
    QRadioButton *m_byValue;
    QRadioButton *m_byShares;
    MoneyField *m_grant;
    QSpinBox *m_shares;
    MoneyField *m_price;
    QComboBox *m_preset;
    VestingTableModel *m_vesting;
    QTableView *m_vestingView;
    QLabel *m_vestingStatus;
    MoneyField *m_refresher;
    QDoubleSpinBox *m_growth;
    MoneyField *m_bonus;
};

} // namespace careerplanner
