#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Promotion.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace careerplanner {

// Records a promotion that happened: the date (today at the latest) and the level reached,
// on the ladder of the plan's path; not the level held now, which needs no promotion.
class PromotionDialog final : public QDialog
{
    Q_OBJECT

public:
    PromotionDialog(const CareerLadder &ladder, const QString &suggestedLevel, const QString &heldLevel,
                    QWidget *parent = nullptr);
    Promotion promotion() const;

private:
    void validate(); // OK only for a promotion the plan would take, else the reason

    QString m_ladderName;
    QString m_heldLevel;
    QDateEdit *m_date;
    QComboBox *m_level;
    QLineEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace careerplanner
