#pragma once

#include "core/ladders/CareerLadder.h"

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace careerplanner {

class BranchComboBox;
class WelcomeStandPage;

// The welcome's last question: the level to get to (Vice President by default, any level
// above the one held) and, where the ladder forks on the way, which branch to follow.
class WelcomeAimPage final : public QWizardPage
{
    Q_OBJECT

public:
    WelcomeAimPage(const QList<CareerLadder> &ladders, const WelcomeStandPage *stand, QWidget *parent = nullptr);

    QString targetTitle() const; // empty when the level held is the ladder's top
    QString branch() const;

    void initializePage() override;

private:
    void check();

    const QList<CareerLadder> &m_ladders;
    const WelcomeStandPage *m_stand;
    QComboBox *m_target;
    BranchComboBox *m_branch;
    QLabel *m_message;
};

} // namespace careerplanner
