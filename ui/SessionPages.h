#pragma once

class QAbstractItemModel;
class QTabWidget;

namespace careerplanner {

class BandChartPage;
class DashboardPage;
class ComparePage;
class PayHistoryPage;
class PathPage;
class PayPage;
class PlanSession;
class SkillsPage;

// The pages that show one open plan around the ladder browser: the dashboard first, then my path, salary bands,
// compare levels, pay packages, pay history and skills. They are made for a session and go before it.
class SessionPages
{
public:
    SessionPages(PlanSession *session, QAbstractItemModel *ladders, QTabWidget *tabs);
    ~SessionPages();
    SessionPages(const SessionPages &) = delete;
    SessionPages &operator=(const SessionPages &) = delete;

    DashboardPage *dashboard() const { return m_dashboard; }

private:
    DashboardPage *m_dashboard;
    PathPage *m_path;
    BandChartPage *m_bands;
    ComparePage *m_compare;
    PayPage *m_pay;
    PayHistoryPage *m_history;
    SkillsPage *m_skills;
};

} // namespace careerplanner
