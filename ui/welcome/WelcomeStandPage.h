#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Profile.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace careerplanner {

// The welcome's first question: which ladder, the level held on it and since when (a
// month and a year), and optionally where. "My company's own ladder" ends the welcome
// here, to make that ladder first.
class WelcomeStandPage final : public QWizardPage
{
    Q_OBJECT

public:
    WelcomeStandPage(const QList<CareerLadder> &ladders, const Profile &profile, QWidget *parent = nullptr);

    bool ownLadder() const; // the user's company has a ladder of its own, not yet in the plan
    int ladderIndex() const; // -1 for their own
    bool onLadder() const; // false: applying from outside, or moving in from another role
    int levelIndex() const; // held now, or to be hired at
    QDate since() const; // the first of the month chosen: reached, or hired by
    QString location() const;

    bool isComplete() const override;
    int nextId() const override;

private:
    void fillLevels();
    void showWhetherOnLadder(); // the level and date asked as held since, or as hired by
    void check();

    const QList<CareerLadder> &m_ladders;
    QComboBox *m_ladder;
    QCheckBox *m_outside;
    QComboBox *m_level;
    QDateEdit *m_since;
    QLineEdit *m_location;
    QLabel *m_message;
};

} // namespace careerplanner
