#pragma once

#include "core/ladders/CareerLevel.h"

#include "ui/widgets/CheckedDialog.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace careerplanner {

class BandEditor;
class YearRangeEditor;

// Edits one level: title, codes, years, pay bands and texts. Problems are shown next to
// the field they concern as the user types, and OK stays disabled until none is left,
// so nothing invalid can leave the dialog.
class LevelEditDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    explicit LevelEditDialog(const CareerLevel &level, QWidget *parent = nullptr);

    // The edited level; only meaningful after the dialog was accepted.
    CareerLevel level() const { return m_result; }

private:
    void validate();
    QWidget *buildGeneralPage();
    QWidget *buildTextsPage();
    static QLabel *errorLabel(QWidget *parent, const QString &name);
    static void showError(QLabel *label, const QString &message);

    CareerLevel m_original;
    CareerLevel m_result;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleError = nullptr;
    QLineEdit *m_alternativeTitles = nullptr;
    QLineEdit *m_levelCode = nullptr;
    YearRangeEditor *m_yearsAtLevel = nullptr;
    YearRangeEditor *m_experience = nullptr;
    QLabel *m_yearsError = nullptr;
    QCheckBox *m_lessCommon = nullptr;
    QLineEdit *m_currency = nullptr;
    QLabel *m_currencyError = nullptr;
    BandEditor *m_baseBand = nullptr;
    BandEditor *m_totalBand = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_responsibilities = nullptr;
    QPlainTextEdit *m_requirements = nullptr;
    QPlainTextEdit *m_toAdvance = nullptr;
};

} // namespace careerplanner
