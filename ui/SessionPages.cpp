#include "ui/SessionPages.h"

#include "ui/bands/BandChartPage.h"
#include "ui/compare/ComparePage.h"
#include "ui/currency/ExchangeRatesDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/skills/GoalsPanel.h"
#include "ui/stories/StoriesPanel.h"
#include "ui/stories/StoryDialog.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/LazyPage.h"
#include "ui/path/PathPage.h"
#include "ui/market/MarketPage.h"
#include "ui/pay/PayHistoryPage.h"
#include "ui/pay/PayPage.h"
#include "ui/SkillsPage.h"
#include "ui/interviews/InterviewPrepPage.h"
#include "ui/interviews/PracticePanel.h"
#include "ui/applications/ApplicationsPage.h"
#include "ui/conversations/ConversationsPage.h"
#include "ui/conversations/FeedbackPanel.h"
#include "ui/promotion/PromotionCasePage.h"
#include "ui/report/ReportWriter.h"
#include "ui/skills/GoalDialog.h"

#include <QTabWidget>

namespace careerplanner {

SessionPages::SessionPages(PlanSession *session, QAbstractItemModel *ladders, QTabWidget *tabs)
    : m_session(session)
    , m_tabs(tabs)
    , m_dashboard(new DashboardPage(session, tabs))
{
    // The dashboard is the first view and made now; the others when first shown.
    const auto lazy = [tabs](const QString &title, LazyPage::Factory make, const char *name) {
        auto *page = new LazyPage(std::move(make), tabs);
        page->setObjectName(QLatin1String(name)); // as the side bar finds it
        tabs->addTab(page, title);
        return page;
    };
    m_path = lazy(
        QObject::tr("My path"), [session](QWidget *parent) { return new PathPage(session, parent); }, "myPathPage");
    m_bands = lazy(
        QObject::tr("Salary bands"),
        [session, ladders](QWidget *parent) { return new BandChartPage(session, ladders, parent); }, "salaryBandsPage");
    m_compare = lazy(
        QObject::tr("Compare levels"), [session](QWidget *parent) { return new ComparePage(session, parent); },
        "compareLevelsPage");
    m_pay = lazy(
        QObject::tr("Pay packages"), [session](QWidget *parent) { return new PayPage(session, parent); },
        "payPackagesPage");
    m_history = lazy(
        QObject::tr("Pay history"), [session](QWidget *parent) { return new PayHistoryPage(session, parent); },
        "payHistoryPage");
    m_market = lazy(
        QObject::tr("Market pay"), [session](QWidget *parent) { return new MarketPage(session, parent); },
        "marketPayPage");
    m_skills = lazy(
        QObject::tr("Skills && stories"), [session](QWidget *parent) { return new SkillsPage(session, parent); },
        "skillsPage");
    m_conversations = lazy(
        QObject::tr("Conversations"),
        [session](QWidget *parent) {
            auto *page = new ConversationsPage(session, parent);
            // An agreed action made a skill goal is written in the goals' own form.
            page->setGoalAsker([session](QWidget *over, const Goal &blank, const QStringList &levels,
                                         const ConversationsPage::SaveGoal &save) {
                GoalDialog dialog(blank, session->skillStore().skills(), levels, over);
                dialog.setWindowTitle(QObject::tr("Make a Skill Goal"));
                return dialog.execAndSave([&](QString *error) { return save(dialog.goal(), error); });
            });
            return page;
        },
        "conversationsPage");
    m_promotionCase = lazy(
        QObject::tr("Promotion case"),
        [session](QWidget *parent) {
            auto *page = new PromotionCasePage(session, parent);
            page->setPdfWriter([session](const PromotionCase &promotionCase, const QString &path, QString *error) {
                return ReportWriter::writeCasePdf(*session, promotionCase, path, error);
            });
            return page;
        },
        "promotionCasePage");
    m_interviews = lazy(
        QObject::tr("Interview prep"),
        [session](QWidget *parent) {
            auto *page = new InterviewPrepPage(session, parent);
            // A question without a story of the user's offers to write one, in the story bank's own form.
            page->practice()->setStoryWriter([session](QWidget *over, const QStringList &tags) -> qint64 {
                Story blank;
                blank.tags = tags;
                StoryDialog dialog(blank, session->skillStore().skills(), session->pathStore().ladderStart(), over);
                if (!dialog.execAndSave(
                        [&](QString *error) { return session->storyStore().saveStory(dialog.story(), error); }))
                    return 0;
                qint64 newest = 0;
                for (const Story &story : session->storyStore().stories())
                    newest = std::max(newest, story.id);
                return newest;
            });
            return page;
        },
        "interviewPrepPage");
    m_applications = lazy(
        QObject::tr("Applications"),
        [this, session, tabs](QWidget *parent) {
            auto *page = new ApplicationsPage(session, parent);
            // An offer made a pay package is shown beside the current job.
            QObject::connect(page, &ApplicationsPage::payPackageMade, tabs,
                             [this, tabs] { tabs->setCurrentWidget(m_pay); });
            return page;
        },
        "applicationsPage");
    tabs->insertTab(0, m_dashboard, QObject::tr("Dashboard"));
    tabs->setCurrentWidget(m_dashboard);

    QObject::connect(m_dashboard, &DashboardPage::payHistoryRequested, tabs,
                     [this, tabs] { tabs->setCurrentWidget(m_history); });
    QObject::connect(m_dashboard, &DashboardPage::pathStepRequested, tabs, [this, tabs](int step, int milestone) {
        tabs->setCurrentWidget(m_path);
        static_cast<PathPage *>(m_path->page())->showPathStep(step, milestone);
    });
    QObject::connect(m_dashboard, &DashboardPage::conversationsRequested, tabs,
                     [this, tabs] { tabs->setCurrentWidget(m_conversations); });
    QObject::connect(m_dashboard, &DashboardPage::practiceRequested, tabs, [this] { run(MainAction::Practise); });
    QObject::connect(m_dashboard, &DashboardPage::applicationRequested, tabs, [this, tabs](qint64 application) {
        tabs->setCurrentWidget(m_applications);
        static_cast<ApplicationsPage *>(m_applications->page())->showApplication(application);
    });
    QObject::connect(m_dashboard, &DashboardPage::goalRequested, tabs, [this, tabs](qint64 goal) {
        tabs->setCurrentWidget(m_skills);
        auto *skills = static_cast<SkillsPage *>(m_skills->page());
        skills->setCurrentWidget(skills->goals());
        skills->goals()->showGoal(goal);
    });
}

void SessionPages::showDashboard()
{
    m_tabs->setCurrentWidget(m_dashboard);
}

void SessionPages::run(MainAction action)
{
    const auto show = [this](LazyPage *page) {
        m_tabs->setCurrentWidget(page);
        return page->page();
    };
    switch (action) {
    case MainAction::LayOutPath:
        return static_cast<PathPage *>(show(m_path))->layOutPath();
    case MainAction::RecordPromotion:
        return static_cast<PathPage *>(show(m_path))->recordPromotion();
    case MainAction::AddPackage:
        return static_cast<PayPage *>(show(m_pay))->addPackage();
    case MainAction::RecordPayYear:
        return static_cast<PayHistoryPage *>(show(m_history))->addRecord();
    case MainAction::AddGoal: {
        auto *skills = static_cast<SkillsPage *>(show(m_skills));
        skills->setCurrentWidget(skills->goals());
        return skills->goals()->addGoal();
    }
    case MainAction::AddStory: {
        auto *skills = static_cast<SkillsPage *>(show(m_skills));
        skills->setCurrentWidget(skills->stories());
        return skills->stories()->addStory();
    }
    case MainAction::LogConversation:
        return static_cast<ConversationsPage *>(show(m_conversations))->logConversation();
    case MainAction::AddFeedback: {
        auto *skills = static_cast<SkillsPage *>(show(m_skills));
        skills->setCurrentWidget(skills->feedback());
        return skills->feedback()->addFeedback();
    }
    case MainAction::AddApplication:
        return static_cast<ApplicationsPage *>(show(m_applications))->addApplication();
    case MainAction::Practise: {
        auto *interviews = static_cast<InterviewPrepPage *>(show(m_interviews));
        interviews->setCurrentWidget(interviews->practice());
        return interviews->practice()->startPractice();
    }
    }
}

void SessionPages::openExchangeRates()
{
    ExchangeRatesDialog::open(m_session, m_tabs);
}

SessionPages::~SessionPages()
{
    // A deleted page leaves its tab by itself.
    const QList<QWidget *> pages {
        m_applications, m_interviews, m_promotionCase, m_conversations, m_skills, m_market,
        m_history,      m_pay,        m_compare,       m_bands,         m_path,   m_dashboard
    };
    qDeleteAll(pages);
}

} // namespace careerplanner
