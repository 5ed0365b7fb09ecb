#pragma once

#include "core/applications/JobApplication.h"
#include "core/ladders/CareerLadder.h"

#include "ui/widgets/CheckedDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace careerplanner {

class DateField;

// Adds or edits an application: the company and role, the ladder and level aimed at,
// where it was found and through whom, when it was applied for, its status and notes.
class ApplicationDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    ApplicationDialog(const JobApplication &application, const QList<CareerLadder> &ladders, QWidget *parent = nullptr);
    JobApplication application() const { return m_result; }

private:
    void fillLevels();
    void validate();

    JobApplication m_original;
    JobApplication m_result;
    QList<CareerLadder> m_ladders;
    QLineEdit *m_company;
    QLineEdit *m_role;
    QComboBox *m_ladder;
    QComboBox *m_level;
    QLineEdit *m_foundVia;
    QLineEdit *m_contact;
    QCheckBox *m_applied;
    DateField *m_appliedOn;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
};

} // namespace careerplanner
