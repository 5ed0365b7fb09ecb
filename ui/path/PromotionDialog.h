#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Profile.h"
#include "core/path/Promotion.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace careerplanner {

class PlanSession;

// Records a promotion that happened: the date (today at the latest) and the level reached,
// on the ladder of the plan's path; not the level held now, which needs no promotion.
class PromotionDialog final : public QDialog
{
    Q_OBJECT

public:
    // profile: where the user stands, which the promotion must move on from.
    PromotionDialog(const CareerLadder &ladder, const QString &suggestedLevel, const Profile &profile,
                    QWidget *parent = nullptr);
    Promotion promotion() const;

    // Asks for a promotion on the ladder of the plan's path (suggesting its next step) and
    // records it; what was recorded, or nothing if the user cancelled or the plan refused
    // (which the user was told).
    static std::optional<Promotion> record(PlanSession *session, QWidget *parent);

private:
    void validate(); // OK only for a promotion the plan would take, else the reason

    QString m_ladderName;
    Profile m_profile;
    QDateEdit *m_date;
    QComboBox *m_level;
    QLineEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace careerplanner
