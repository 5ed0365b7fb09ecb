#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Profile.h"

#include "ui/widgets/CheckedDialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace careerplanner {

class BranchComboBox;
class DateField;
class PlanSession;

// Who you are and where you stand (the profile), and where you want to get to: enough
// to lay out a path with the reference data's typical times and milestones.
class PathSetupDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    PathSetupDialog(const Profile &profile, const QList<CareerLadder> &ladders, QWidget *parent = nullptr);
    // Asks who the user is and where they go, and saves the profile and the plan's path
    // (after asking before it replaces one); false if the user cancelled.
    static bool layOut(PlanSession *session, QWidget *parent);

    Profile profile() const;
    int ladderIndex() const;
    int currentLevel() const;
    int targetLevel() const;
    QString branch() const;

private:
    void fillLevels();
    void validate();

    const QList<CareerLadder> &m_ladders;
    QLineEdit *m_name;
    QComboBox *m_ladder;
    QComboBox *m_level;
    DateField *m_start;
    QSpinBox *m_experience;
    QLineEdit *m_location;
    QLineEdit *m_businessUnit;
    QComboBox *m_target;
    BranchComboBox *m_branch;
};

} // namespace careerplanner
