#pragma once

#include "core/ladders/CareerLadder.h"
#include "ui/widgets/CheckedDialog.h"

#include <QStringList>

class QLineEdit;
class QPlainTextEdit;

namespace careerplanner {

// Asks for a new custom ladder's name, company and description; a name the plan refuses
// is said in the dialog, which keeps what was typed.
class LadderDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    LadderDialog(const QStringList &existingNames, QWidget *parent = nullptr);
    CareerLadder ladder() const;

private:
    void validate();

    QStringList m_existingNames;
    QLineEdit *m_name;
    QLineEdit *m_company;
    QPlainTextEdit *m_description;
};

} // namespace careerplanner
