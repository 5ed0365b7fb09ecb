#pragma once

#include "core/plan/PlanSetup.h"

#include <QWizard>

namespace careerplanner {

class PlanSession;
class WelcomeAimPage;
class WelcomePayPage;
class WelcomeStandPage;

// The welcome: a short wizard that puts the user on the ladder (where they stand, what they
// are paid, where they aim) and writes their plan from it in one undo step. It also offers
// a sample plan to look around in, and "Not now".
class WelcomeWizard final : public QWizard
{
    Q_OBJECT

public:
    enum class Choice { NotNow, SetUp, OwnLadder, Sample };

    WelcomeWizard(PlanSession *session, QWidget *parent = nullptr);

    // Whether the welcome opens by itself now: on first run, for a plan that passed its
    // check and says nothing of its user yet; true once only.
    static bool offerOnce(PlanSession &session);
    // Shows the welcome over parent and, if the user finishes it, sets up the plan.
    static Choice run(PlanSession *session, QWidget *parent);

    Choice choice() const { return m_choice; }
    PlanSetup::Answers answers() const;

    void accept() override;

private:
    PlanSession *m_session;
    WelcomeStandPage *m_stand;
    WelcomePayPage *m_pay;
    WelcomeAimPage *m_aim;
    Choice m_choice = Choice::NotNow;
};

} // namespace careerplanner
