#pragma once

#include "core/dashboard/DashboardSummary.h"

#include <QDate>
#include <QWidget>

class QGroupBox;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace careerplanner {

class ComingUpCard;
class CurrencyNotice;
class MarketStandingLabel;
class PlanSession;
class ConversationDueLine;
class PracticeDueLine;

// The first view of a plan: where the user stands, the next promotion and how ready it
// is, milestones late or due within 30 days, the skills furthest from what the next
// level expects, and what is coming up for the job applications. Every item leads to the view where it is worked on.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(PlanSession *session, QWidget *parent = nullptr);

    // The day the figures are worked out for; today unless a test says otherwise.
    void setToday(const QDate &today);
    const DashboardSummary &summary() const { return m_summary; }
    QStandardItemModel *milestoneModel() const { return m_milestones; }
    QStandardItemModel *gapModel() const { return m_gaps; }

Q_SIGNALS:
    void payHistoryRequested();
    void setUpRequested(); // the welcome, for a plan that does not know where its user stands
    void pathStepRequested(int step, int milestone); // milestone -1: the step itself
    void goalRequested(qint64 goalId); // 0: the goals list
    void practiceRequested(); // a practice session on Interview prep
    void conversationsRequested(); // the career conversations page
    void applicationRequested(qint64 applicationId); // on Applications

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildWhereCard();
    QWidget *buildNextCard();
    QWidget *buildMilestoneCard();
    QWidget *buildGapCard();
    void refresh();
    void fillWhere();
    void fillNext();
    void fillMilestones();
    void fillGaps();
    void openMilestone(const QModelIndex &index);
    void openGap(const QModelIndex &index);

    PlanSession *m_session;
    QDate m_today;
    bool m_todayFixed = false;
    DashboardSummary m_summary;

    QLabel *m_level = nullptr;
    QLabel *m_since = nullptr;
    QLabel *m_pay = nullptr;
    CurrencyNotice *m_currencyNotice = nullptr; // pay and band in two currencies, without a rate
    QProgressBar *m_bandBar = nullptr;
    MarketStandingLabel *m_market = nullptr; // my pay among the market reports for my level
    QGroupBox *m_nextBox = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_nextDate = nullptr;
    QProgressBar *m_readiness = nullptr;
    QLabel *m_readinessParts = nullptr;
    QPushButton *m_openPath = nullptr;
    PracticeDueLine *m_practice = nullptr;
    ConversationDueLine *m_conversation = nullptr;
    ComingUpCard *m_comingUp = nullptr;
    QPushButton *m_setUp = nullptr;
    QStandardItemModel *m_milestones = nullptr;
    QTreeView *m_milestoneView = nullptr;
    QLabel *m_milestonesEmpty = nullptr;
    QLabel *m_milestonesMore = nullptr;
    QStandardItemModel *m_gaps = nullptr;
    QTreeView *m_gapView = nullptr;
    QLabel *m_gapsEmpty = nullptr;
};

} // namespace careerplanner
