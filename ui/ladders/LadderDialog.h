#pragma once

#include "core/ladders/CareerLadder.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace careerplanner {

// Asks for a new custom ladder's name, company and description.
class LadderDialog final : public QDialog
{
    Q_OBJECT

public:
    LadderDialog(const QStringList &existingNames, QWidget *parent = nullptr);
    CareerLadder ladder() const;

private:
    void validate();

    QStringList m_existingNames;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_company;
    QPlainTextEdit *m_description;
    QDialogButtonBox *m_buttons;
};

} // namespace careerplanner
