#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Promotion.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace careerplanner {

// Records a promotion that happened: the date and the level reached, on the ladder of
// the plan's path.
class PromotionDialog final : public QDialog
{
    Q_OBJECT

public:
    PromotionDialog(const CareerLadder &ladder, const QString &suggestedLevel, QWidget *parent = nullptr);
    Promotion promotion() const;

private:
    QString m_ladderName;
    QDateEdit *m_date;
    QComboBox *m_level;
    QLineEdit *m_note;
};

} // namespace careerplanner
