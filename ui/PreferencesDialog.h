#pragma once

#include "ui/widgets/TypedRangeBox.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace careerplanner {

// Edit ▸ Preferences: theme, the locale of figures and dates, the currency new pay
// entries start in, the plan opened when none is named, and how charts first appear.
// Saved through AppSettings when accepted; nothing changes on Cancel.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void validate();
    void chooseDefaultPlan();

    QComboBox *m_theme;
    QComboBox *m_locale;
    QLabel *m_localeExample;
    QLineEdit *m_currency;
    QLineEdit *m_defaultPlan;
    TypedRangeSpinBox *m_years;
    QCheckBox *m_base;
    QCheckBox *m_total;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace careerplanner
