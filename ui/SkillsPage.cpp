#include "ui/SkillsPage.h"

#include "ui/conversations/FeedbackPanel.h"
#include "ui/skills/GoalsPanel.h"
#include "ui/skills/ReadinessPanel.h"
#include "ui/skills/SkillMatrixPanel.h"
#include "ui/stories/StoriesPanel.h"

namespace careerplanner {

SkillsPage::SkillsPage(PlanSession *session, QWidget *parent)
    : QTabWidget(parent)
    , m_readiness(new ReadinessPanel(session, this))
    , m_goals(new GoalsPanel(session, this))
    , m_stories(new StoriesPanel(session, this))
    , m_feedback(new FeedbackPanel(session, this))
    , m_matrix(new SkillMatrixPanel(session, this))
{
    setObjectName(QStringLiteral("skillsTabs"));
    setDocumentMode(true);
    addTab(m_readiness, tr("Readiness && gaps"));
    addTab(m_goals, tr("Goals && check-ins"));
    addTab(m_stories, tr("STAR stories"));
    addTab(m_feedback, tr("Feedback"));
    addTab(m_matrix, tr("Skill matrix"));
}

} // namespace careerplanner
