#include "ui/welcome/WelcomeWizard.h"

#include "core/plan/PlanSession.h"
#include "core/settings/AppSettings.h"
#include "ui/welcome/WelcomeAimPage.h"
#include "ui/welcome/WelcomePayPage.h"
#include "ui/welcome/WelcomeStandPage.h"

#include <QAbstractButton>
#include <QMessageBox>

namespace careerplanner {

WelcomeWizard::WelcomeWizard(PlanSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_stand(new WelcomeStandPage(session->ladderStore().ladders(), session->pathStore().profile(), this))
    , m_pay(new WelcomePayPage(AppSettings().defaultCurrency(), this))
    , m_aim(new WelcomeAimPage(session->ladderStore().ladders(), m_stand, this))
{
    setObjectName(QStringLiteral("welcomeWizard"));
    setWindowTitle(tr("Welcome to Career Planner"));
    // The same look everywhere: the classic style has no room for a subtitle on some desktops.
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("&Explore a Sample Plan"));
    setButtonText(QWizard::CancelButton, tr("&Not Now"));
    button(QWizard::CustomButton1)
        ->setToolTip(tr("Opens a sample plan in a window of its own; your plan stays as it is"));
    addPage(m_stand);
    addPage(m_pay);
    addPage(m_aim);
    connect(this, &QWizard::customButtonClicked, this, [this] {
        m_choice = Choice::Sample;
        QDialog::reject();
    });
}

bool WelcomeWizard::offerOnce(PlanSession &session)
{
    AppSettings settings;
    QString refused;
    if (settings.welcomeOffered() || !session.verified(&refused) || !session.pathStore().profile().isEmpty())
        return false;
    settings.setWelcomeOffered();
    return true;
}

WelcomeWizard::Choice WelcomeWizard::run(PlanSession *session, QWidget *parent)
{
    WelcomeWizard wizard(session, parent);
    wizard.exec();
    return wizard.choice();
}

PlanSetup::Answers WelcomeWizard::answers() const
{
    PlanSetup::Answers answers;
    const CareerLadder &ladder = m_session->ladderStore().ladders().at(m_stand->ladderIndex());
    answers.ladderName = ladder.name;
    answers.levelTitle = ladder.levels.at(m_stand->levelIndex()).title;
    answers.since = m_stand->since();
    answers.onLadder = m_stand->onLadder();
    answers.location = m_stand->location();
    answers.currency = m_pay->currency();
    answers.base = m_pay->base();
    answers.total = m_pay->total();
    answers.targetTitle = m_aim->targetTitle();
    answers.branch = m_aim->branch();
    return answers;
}

void WelcomeWizard::accept()
{
    if (m_stand->ownLadder()) {
        m_choice = Choice::OwnLadder;
        QDialog::accept();
        return;
    }
    // The pages have checked their answers; the plan has the last word, said here with
    // the wizard still open and everything in it as typed.
    const PlanSetup::Answers chosen = answers();
    const QDate today = QDate::currentDate();
    QString error = PlanSetup::problem(chosen, m_session->ladderStore().ladders(), today);
    if (error.isEmpty() && PlanSetup::write(*m_session, chosen, today, &error)) {
        m_choice = Choice::SetUp;
        QDialog::accept();
        return;
    }
    QMessageBox::warning(this, windowTitle(), tr("Your plan was not set up: %1").arg(error));
}

} // namespace careerplanner
