#include "SessionPages.h"

#include "BandChartPage.h"
#include "ComparePage.h"
#include "DashboardPage.h"
#include "GoalsPanel.h"
#include "PathPage.h"
#include "PayHistoryPage.h"
#include "PayPage.h"
#include "SkillsPage.h"

#include <QTabWidget>

namespace careerplanner {

SessionPages::SessionPages(PlanSession *session, QAbstractItemModel *ladders, QTabWidget *tabs)
    : m_dashboard(new DashboardPage(session, tabs))
    , m_path(new PathPage(session, tabs))
    , m_bands(new BandChartPage(session, ladders, tabs))
    , m_compare(new ComparePage(session, tabs))
    , m_pay(new PayPage(session, tabs))
    , m_history(new PayHistoryPage(session, tabs))
    , m_skills(new SkillsPage(session, tabs))
{
    tabs->addTab(m_path, QObject::tr("My path"));
    tabs->addTab(m_bands, QObject::tr("Salary bands"));
    tabs->addTab(m_compare, QObject::tr("Compare levels"));
    tabs->addTab(m_pay, QObject::tr("Pay packages"));
    tabs->addTab(m_history, QObject::tr("Pay history"));
    tabs->addTab(m_skills, QObject::tr("Skills && stories"));
    tabs->insertTab(0, m_dashboard, QObject::tr("Dashboard"));
    tabs->setCurrentWidget(m_dashboard);

    QObject::connect(m_dashboard, &DashboardPage::payHistoryRequested, tabs,
                     [this, tabs] { tabs->setCurrentWidget(m_history); });
    QObject::connect(m_dashboard, &DashboardPage::pathStepRequested, tabs, [this, tabs](int step, int milestone) {
        tabs->setCurrentWidget(m_path);
        m_path->showPathStep(step, milestone);
    });
    QObject::connect(m_dashboard, &DashboardPage::goalRequested, tabs, [this, tabs](qint64 goal) {
        tabs->setCurrentWidget(m_skills);
        m_skills->setCurrentWidget(m_skills->goals());
        m_skills->goals()->showGoal(goal);
    });
}

SessionPages::~SessionPages()
{
    // A deleted page leaves its tab by itself.
    delete m_skills;
    delete m_history;
    delete m_pay;
    delete m_compare;
    delete m_bands;
    delete m_path;
    delete m_dashboard;
}

} // namespace careerplanner
