#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/ComingUpCard.h"
#include "ui/dashboard/DashboardParts.h"
#include "ui/dashboard/ConversationDueLine.h"
#include "ui/dashboard/PracticeDueLine.h"
#include "core/base/DateText.h"

#include "ui/currency/CurrencyNotice.h"
#include "ui/widgets/MarketStandingLabel.h"
#include "ui/widgets/PageRefresh.h"
#include "ui/widgets/Appearance.h"
#include "core/base/Money.h"
#include "core/plan/PlanSession.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace careerplanner {

namespace {

constexpr int StepRole = Qt::UserRole;
constexpr int MilestoneRole = Qt::UserRole + 1;
constexpr int GoalRole = Qt::UserRole;
constexpr qsizetype RowsShown = 10; // of overdue milestones, and of those due soon

QString whenText(int days)
{
    if (days == -1)
        return DashboardPage::tr("1 day late");
    if (days < 0)
        return DashboardPage::tr("%1 days late").arg(-days);
    if (days == 0)
        return DashboardPage::tr("today");
    if (days == 1)
        return DashboardPage::tr("tomorrow");
    return DashboardPage::tr("in %1 days").arg(days);
}

} // namespace

DashboardPage::DashboardPage(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
    , m_milestones(new QStandardItemModel(this))
    , m_gaps(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto *grid = new QGridLayout(this);
    grid->addWidget(buildWhereCard(), 0, 0);
    grid->addWidget(buildNextCard(), 0, 1);
    grid->addWidget(buildMilestoneCard(), 1, 0);
    grid->addWidget(buildGapCard(), 1, 1);
    m_comingUp = new ComingUpCard(this);
    connect(m_comingUp, &ComingUpCard::applicationRequested, this, &DashboardPage::applicationRequested);
    grid->addWidget(m_comingUp, 2, 0, 1, 2);
    // Along the foot of the page, so that it takes no room from the cards above.
    m_practice = new PracticeDueLine(this);
    connect(m_practice, &PracticeDueLine::practiseRequested, this, &DashboardPage::practiceRequested);
    grid->addWidget(m_practice, 3, 0, 1, 2);
    m_conversation = new ConversationDueLine(this);
    connect(m_conversation, &ConversationDueLine::conversationsRequested, this, &DashboardPage::conversationsRequested);
    grid->addWidget(m_conversation, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);

    // The figures are cheap to work out; any change to what they rest on redoes them all.
    new PageRefresh(session, AllPlanParts & ~PlanParts(PlanPart::Stories), this, [this](PlanParts) { refresh(); });
    refresh();
}

void DashboardPage::setToday(const QDate &today)
{
    m_today = today;
    m_todayFixed = true;
    refresh();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    // A window left open overnight shows the new day's figures when the page comes back.
    if (!m_todayFixed && m_today != QDate::currentDate()) {
        m_today = QDate::currentDate();
        refresh();
    }
    QWidget::showEvent(event);
}

QWidget *DashboardPage::buildWhereCard()
{
    auto *box = new QGroupBox(tr("Where you are"), this);
    m_level = DashboardParts::figureLabel(box, QStringLiteral("dashboardLevel"));
    m_since = DashboardParts::textLabel(box, QStringLiteral("dashboardSince"));
    m_pay = DashboardParts::textLabel(box, QStringLiteral("dashboardPay"));
    m_market = new MarketStandingLabel(m_session, box);
    m_market->setObjectName(QStringLiteral("dashboardMarket"));
    m_currencyNotice = new CurrencyNotice(m_session, box);
    m_bandBar = new QProgressBar(box);
    m_bandBar->setObjectName(QStringLiteral("dashboardBandPosition"));
    m_bandBar->setRange(0, 100);
    m_bandBar->setFormat(tr("%p% of the way through the band"));
    m_bandBar->setAccessibleName(tr("Position in the band"));
    auto *open = new QPushButton(tr("Pay &history"), box);
    open->setObjectName(QStringLiteral("dashboardOpenPay"));
    open->setToolTip(tr("What you were paid each year, against your level's band"));
    connect(open, &QPushButton::clicked, this, &DashboardPage::payHistoryRequested);
    m_setUp = new QPushButton(tr("&Set Up My Plan…"), box);
    m_setUp->setObjectName(QStringLiteral("dashboardSetUp"));
    connect(m_setUp, &QPushButton::clicked, this, &DashboardPage::setUpRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_setUp);
    buttons->addWidget(open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_level);
    layout->addWidget(m_since);
    layout->addWidget(m_pay);
    layout->addWidget(m_bandBar);
    layout->addWidget(m_market);
    layout->addWidget(m_currencyNotice);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

QWidget *DashboardPage::buildNextCard()
{
    auto *box = new QGroupBox(tr("Next promotion"), this);
    m_nextBox = box;
    m_next = DashboardParts::figureLabel(box, QStringLiteral("dashboardNext"));
    m_nextDate = DashboardParts::textLabel(box, QStringLiteral("dashboardNextDate"));
    m_readiness = new QProgressBar(box);
    m_readiness->setObjectName(QStringLiteral("dashboardReadiness"));
    m_readiness->setRange(0, 100);
    m_readiness->setFormat(tr("Ready: %p%"));
    m_readiness->setAccessibleName(tr("Readiness for the next promotion"));
    m_readiness->setToolTip(SkillReadiness::formula());
    m_readinessParts = DashboardParts::textLabel(box, QStringLiteral("dashboardReadinessParts"));
    m_openPath = new QPushButton(tr("My &path"), box);
    m_openPath->setObjectName(QStringLiteral("dashboardOpenPath"));
    m_openPath->setToolTip(tr("The steps of your path and their milestones"));
    connect(m_openPath, &QPushButton::clicked, this, [this] { Q_EMIT pathStepRequested(m_summary.nextStep, -1); });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_next);
    layout->addWidget(m_nextDate);
    layout->addWidget(m_readiness);
    layout->addWidget(m_readinessParts);
    layout->addStretch(1);
    layout->addWidget(m_openPath, 0, Qt::AlignLeft);
    return box;
}

QWidget *DashboardPage::buildMilestoneCard()
{
    auto *box = new QGroupBox(tr("Milestones overdue or due within %1 days").arg(DashboardSummary::DueSoonDays), this);
    m_milestoneView = DashboardParts::listView(box, QStringLiteral("dashboardMilestones"), m_milestones);
    m_milestoneView->setAccessibleName(tr("Milestones overdue or due soon"));
    m_milestoneView->setToolTip(tr("Click a milestone to open it on your path"));
    m_milestonesEmpty = DashboardParts::textLabel(box, QStringLiteral("dashboardMilestonesEmpty"));
    m_milestonesEmpty->setText(
        tr("Nothing is overdue, and nothing is due in the next %1 days.").arg(DashboardSummary::DueSoonDays));
    m_milestonesMore = DashboardParts::textLabel(box, QStringLiteral("dashboardMilestonesMore"));
    connect(m_milestoneView, &QTreeView::clicked, this, &DashboardPage::openMilestone);
    connect(m_milestoneView, &QTreeView::activated, this, &DashboardPage::openMilestone);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_milestoneView, 1);
    layout->addWidget(m_milestonesEmpty);
    layout->addWidget(m_milestonesMore);
    return box;
}

QWidget *DashboardPage::buildGapCard()
{
    auto *box = new QGroupBox(tr("Largest skill gaps for the next promotion"), this);
    m_gapView = DashboardParts::listView(box, QStringLiteral("dashboardGaps"), m_gaps);
    m_gapView->setAccessibleName(tr("Largest skill gaps"));
    m_gapView->setToolTip(tr("Click a skill to open its goal"));
    m_gapsEmpty = DashboardParts::textLabel(box, QStringLiteral("dashboardGapsEmpty"));
    connect(m_gapView, &QTreeView::clicked, this, &DashboardPage::openGap);
    connect(m_gapView, &QTreeView::activated, this, &DashboardPage::openGap);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_gapView, 1);
    layout->addWidget(m_gapsEmpty);
    return box;
}

void DashboardPage::refresh()
{
    m_summary = DashboardSummary::compute(*m_session, m_today);
    fillWhere();
    fillNext();
    m_practice->showCounts(m_summary.questionsDue, m_summary.practised);
    // Before the plan is set up, setting it up is the one thing the page asks for.
    m_conversation->setVisible(!m_summary.ladderName.isEmpty());
    m_conversation->showNext(m_session->conversationStore().next(m_today));
    m_comingUp->showFor(m_session->applicationStore(),
                        m_todayFixed ? QDateTime(m_today, QTime(12, 0)) : QDateTime::currentDateTime());
    fillMilestones();
    fillGaps();
}

void DashboardPage::fillWhere()
{
    const DashboardSummary &s = m_summary;
    m_setUp->setVisible(s.ladderName.isEmpty());
    if (s.notOnLadderYet()) {
        m_level->setText(tr("Not on the ladder yet"));
        m_since->setText(s.nextLevel.isEmpty()
                             ? tr("On your way onto %1: lay out your path on My path.").arg(s.ladderName)
                             : tr("On your way to be hired as %1 (%2): your path starts with getting hired.")
                                   .arg(s.nextLevel, s.ladderName));
    } else if (s.levelTitle.isEmpty()) {
        m_level->setText(tr("No level chosen yet"));
        m_since->setText(tr("Here you will see where you stand on your ladder, your pay against its band and your "
                            "next promotion. A few questions set it up."));
    } else {
        m_level->setText(tr("%1 (%2)").arg(s.levelTitle, s.ladderName));
        m_since->setText(s.monthsAtLevel ? tr("Since %1: %2 at this level.")
                                               .arg(DateText::longDate(s.levelStart),
                                                    DashboardSummary::durationText(*s.monthsAtLevel))
                                         : tr("No start date at this level yet."));
    }
    QStringList pay;
    if (s.pay)
        pay << tr("Pay: %1 a year (%2).").arg(Money::format(*s.pay, s.payCurrency), s.payBasis);
    else
        pay << tr("No pay recorded yet: add your current job on Pay packages or a year on Pay history.");
    if (!s.payConversion.isEmpty())
        pay << s.payConversion + QLatin1Char('.');
    if (s.band)
        pay << tr("%1: %2.").arg(SalaryBand::kindToDisplayName(s.band->kind), s.band->toDisplayText());
    else if (!s.levelOnLadder)
        pay << tr("“%1” is no longer a level of %2, so it has no band here: choose the level you hold with Lay "
                  "Out Path on My path.")
                   .arg(s.levelTitle, s.ladderName);
    else if (!s.levelTitle.isEmpty())
        pay << tr("The sources give no band for this level.");
    switch (s.position) {
    case DashboardSummary::BandPosition::Below:
        pay << tr("Below the band by %1.").arg(Money::format(s.band->minimum - *s.payInBandCurrency, s.band->currency));
        break;
    case DashboardSummary::BandPosition::Above:
        pay << tr("Above the band by %1.")
                   .arg(Money::format(*s.payInBandCurrency - *s.band->maximum, s.band->currency));
        break;
    case DashboardSummary::BandPosition::Within:
        if (!s.percentThroughBand)
            pay << tr("Within the band, which is open at the top.");
        break;
    case DashboardSummary::BandPosition::Unknown:
        break;
    }
    m_pay->setText(pay.join(QLatin1Char('\n')));
    m_currencyNotice->setProblem(s.currencyProblem);
    m_bandBar->setVisible(s.percentThroughBand.has_value());
    m_bandBar->setValue(s.percentThroughBand.value_or(0));
    m_market->setPay(s.ladderName, s.levelTitle, s.pay, s.payCurrency,
                     !s.band || s.band->kind == SalaryBand::Kind::TotalCompensation);
}

void DashboardPage::fillNext()
{
    const DashboardSummary &s = m_summary;
    const bool hasNext = s.nextStep >= 0;
    // Off the ladder, the next step is the hire, not a promotion.
    m_nextBox->setTitle(s.notOnLadderYet() ? tr("Next step: getting hired") : tr("Next promotion"));
    m_next->setText(hasNext ? s.nextLevel : tr("No promotion ahead on your path"));
    if (hasNext && s.nextDate.isValid()) {
        const int months = int(m_today.daysTo(s.nextDate) / 30);
        m_nextDate->setText(s.nextDate < m_today
                                ? tr("Target date %1 has passed.").arg(DateText::longDate(s.nextDate))
                                : tr("Target date %1, in about %2.")
                                      .arg(DateText::longDate(s.nextDate), DashboardSummary::durationText(months)));
    } else {
        m_nextDate->clear();
    }
    m_readiness->setVisible(s.readiness.combined.has_value());
    m_readiness->setValue(int(s.readiness.combined.value_or(0) * 100 + 0.5));
    m_readinessParts->setText(
        hasNext ? tr("Milestones done: %1. Skills against what the level expects: %2.")
                      .arg(SkillReadiness::percent(s.readiness.milestones), SkillReadiness::percent(s.readiness.skills))
                : QString());
}

void DashboardPage::fillMilestones()
{
    m_milestones->clear();
    m_milestones->setHorizontalHeaderLabels({ tr("When"), tr("Milestone"), tr("For") });
    const auto add = [this](const DashboardSummary::MilestoneItem &item, bool late) {
        auto *when = new QStandardItem(whenText(item.daysFromToday));
        when->setToolTip(DateText::longDate(item.due));
        when->setData(item.step, StepRole);
        when->setData(item.milestoneId, MilestoneRole);
        if (late)
            when->setForeground(Appearance::errorColor());
        m_milestones->appendRow({ when, new QStandardItem(item.title), new QStandardItem(item.levelTitle) });
    };
    // A dashboard is a glance: the most recently overdue and the soonest due, a few each;
    // the rest are counted and wait on My path.
    const qsizetype overdue = m_summary.overdue.size();
    const qsizetype dueSoon = m_summary.dueSoon.size();
    for (qsizetype i = std::max<qsizetype>(0, overdue - RowsShown); i < overdue; ++i)
        add(m_summary.overdue.at(i), true);
    for (qsizetype i = 0; i < std::min<qsizetype>(dueSoon, RowsShown); ++i)
        add(m_summary.dueSoon.at(i), false);
    const qsizetype hidden = std::max<qsizetype>(0, overdue - RowsShown) + std::max<qsizetype>(0, dueSoon - RowsShown);
    m_milestonesMore->setVisible(hidden > 0);
    m_milestonesMore->setText(tr("%1 overdue and %2 due soon in all; the others are on My path.")
                                  .arg(QLocale().toString(overdue), QLocale().toString(dueSoon)));
    const bool empty = m_milestones->rowCount() == 0;
    m_milestoneView->setVisible(!empty);
    m_milestonesEmpty->setVisible(empty);
    m_milestoneView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_milestoneView->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_milestoneView->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void DashboardPage::fillGaps()
{
    m_gaps->clear();
    m_gaps->setHorizontalHeaderLabels({ tr("Skill"), tr("Expected"), tr("Current"), tr("Gap") });
    for (const auto &gap : m_summary.gaps) {
        auto *skill = new QStandardItem(gap.skillName);
        skill->setData(gap.goalId, GoalRole);
        skill->setToolTip(gap.goalId ? tr("Open the goal for this skill") : tr("No goal for this skill yet"));
        QList<QStandardItem *> row { skill };
        for (int figure : { gap.expected, gap.current, gap.expected - gap.current }) {
            auto *item = new QStandardItem;
            item->setData(figure, Qt::DisplayRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row.append(item);
        }
        m_gaps->appendRow(row);
    }
    const bool empty = m_gaps->rowCount() == 0;
    m_gapView->setVisible(!empty);
    m_gapsEmpty->setVisible(empty);
    m_gapsEmpty->setText(m_summary.nextStep < 0 ? tr("No promotion ahead on your path.")
                                                : tr("Your skills meet what %1 expects.").arg(m_summary.nextLevel));
    m_gapView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_gapView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

void DashboardPage::openMilestone(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(0);
    const int step = first.data(StepRole).toInt();
    // My path lists a step's milestones by place: found on the path, which is read now if
    // nothing has read it yet (opening My path would).
    const QList<Scenario> &scenarios = m_session->pathStore().scenarios();
    const bool onPath = !scenarios.isEmpty() && step >= 0 && step < scenarios.constFirst().steps.size();
    Q_EMIT pathStepRequested(
        step,
        onPath ? scenarios.constFirst().steps.at(step).milestoneIndex(first.data(MilestoneRole).toLongLong()) : -1);
}

void DashboardPage::openGap(const QModelIndex &index)
{
    Q_EMIT goalRequested(index.siblingAtColumn(0).data(GoalRole).toLongLong());
}

} // namespace careerplanner
