#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Profile.h"
#include "core/path/Promotion.h"
#include "ui/widgets/CheckedDialog.h"

#include <optional>

class QComboBox;
class QLineEdit;

namespace careerplanner {

class DateField;
class PlanSession;

// Records a promotion that happened, or corrects one: the date (today at the latest) and
// the level reached on the ladder of the plan's path; a new one not to the level already
// held, which needs no promotion.
class PromotionDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    // levels: the ladder's titles offered; held: where the user stands, which a new
    // promotion must move on from (nothing when an existing one is corrected).
    PromotionDialog(const Promotion &initial, const QStringList &levels, const std::optional<Profile> &held,
                    QWidget *parent = nullptr);
    Promotion promotion() const;

    // Asks for a promotion on the ladder of the plan's path (suggesting its next step) and
    // records it; what was recorded, or nothing if the user cancelled or there is no path
    // (which the user was told).
    static std::optional<Promotion> record(PlanSession *session, QWidget *parent);
    // Corrects the promotion at index of the plan's; true when it was saved.
    static bool edit(PlanSession *session, int index, QWidget *parent);

private:
    void validate(); // OK only for a promotion the plan would take, else the reason

    Promotion m_initial;
    std::optional<Profile> m_held;
    DateField *m_date;
    QComboBox *m_level;
    QLineEdit *m_note;
};

} // namespace careerplanner
