#pragma once

class QAbstractItemModel;
class QTabWidget;

namespace careerplanner {

class DashboardPage;
class LazyPage;
class PlanSession;

// The pages that show one open plan around the ladder browser: the dashboard first, then
// my path, salary bands, compare levels, pay packages, pay history, market pay, skills,
// career conversations, the promotion case, interview prep and applications, each made
// when first shown. They are made for a session and go before it.
class SessionPages
{
public:
    SessionPages(PlanSession *session, QAbstractItemModel *ladders, QTabWidget *tabs);
    ~SessionPages();
    SessionPages(const SessionPages &) = delete;
    SessionPages &operator=(const SessionPages &) = delete;

    DashboardPage *dashboard() const { return m_dashboard; }
    void showDashboard();
    // The pages' main actions, for the window's Plan menu: each shows its page first.
    enum class MainAction {
        LayOutPath,
        RecordPromotion,
        AddPackage,
        RecordPayYear,
        AddGoal,
        AddStory,
        Practise,
        AddApplication,
        LogConversation,
        AddFeedback
    };
    void run(MainAction action);
    // The plan's currencies and exchange rates, over the window; pages that need a rate ask.
    void openExchangeRates();

private:
    PlanSession *m_session;
    QTabWidget *m_tabs;
    DashboardPage *m_dashboard;
    LazyPage *m_path;
    LazyPage *m_bands;
    LazyPage *m_compare;
    LazyPage *m_pay;
    LazyPage *m_history;
    LazyPage *m_market;
    LazyPage *m_skills;
    LazyPage *m_interviews;
    LazyPage *m_applications;
    LazyPage *m_conversations;
    LazyPage *m_promotionCase;
};

} // namespace careerplanner
