#include "ui/welcome/WelcomeAimPage.h"

#include "core/path/PathPlanner.h"
#include "ui/welcome/WelcomeStandPage.h"
#include "ui/widgets/BranchComboBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace careerplanner {

WelcomeAimPage::WelcomeAimPage(const QList<CareerLadder> &ladders, const WelcomeStandPage *stand, QWidget *parent)
    : QWizardPage(parent)
    , m_ladders(ladders)
    , m_stand(stand)
    , m_target(new QComboBox(this))
    , m_branch(new BranchComboBox(this))
    , m_message(new QLabel(this))
{
    setTitle(tr("Where you want to get to"));
    setSubTitle(tr("Your path gets each level's typical time from the career guides and the milestones that "
                   "make the case for each promotion."));
    m_target->setObjectName(QStringLiteral("welcomeTarget"));
    m_branch->setObjectName(QStringLiteral("welcomeBranch"));
    m_message->setObjectName(QStringLiteral("welcomeAimMessage"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Target level:"), m_target);
    form->addRow(tr("B&ranch where the ladder splits:"), m_branch);
    form->addRow(m_message);
    connect(m_target, &QComboBox::currentIndexChanged, this, &WelcomeAimPage::check);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &WelcomeAimPage::check);
}

void WelcomeAimPage::initializePage()
{
    // Only levels above the one held can be aimed at (or the one to be hired at, too);
    // the default is the ladder's VP.
    const CareerLadder &ladder = m_ladders.at(m_stand->ladderIndex());
    const int held = m_stand->levelIndex();
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    for (int i = m_stand->onLadder() ? held + 1 : held; i < ladder.levels.size(); ++i)
        m_target->addItem(ladder.levels.at(i).title, i);
    m_target->setCurrentIndex(std::max(0, m_target->findData(PathPlanner::defaultTarget(ladder))));
    m_target->setEnabled(m_target->count() > 0);
    check();
}

QString WelcomeAimPage::targetTitle() const
{
    return m_target->currentText();
}

QString WelcomeAimPage::branch() const
{
    return m_branch->branch();
}

void WelcomeAimPage::check()
{
    const CareerLadder &ladder = m_ladders.at(m_stand->ladderIndex());
    const int held = m_stand->levelIndex();
    const int target = m_target->count() > 0 ? m_target->currentData().toInt() : held;
    m_branch->showBranchesOn(ladder, held, target);
    if (m_target->count() == 0)
        m_message->setText(tr("You hold the top of this ladder: your path is the level you hold."));
    else
        m_message->setText(m_branch->noteFor(targetTitle()));
}

} // namespace careerplanner
