#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Profile.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace careerplanner {

// Who you are and where you stand (the profile), and where you want to get to: enough
// to lay out a path with the reference data's typical times and milestones.
class PathSetupDialog final : public QDialog
{
    Q_OBJECT

public:
    PathSetupDialog(const Profile &profile, const QList<CareerLadder> &ladders, QWidget *parent = nullptr);

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
    QDateEdit *m_start;
    QSpinBox *m_experience;
    QLineEdit *m_location;
    QLineEdit *m_businessUnit;
    QComboBox *m_target;
    QComboBox *m_branch;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace careerplanner
