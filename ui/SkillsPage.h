#pragma once

#include <QTabWidget>

namespace careerplanner {

class FeedbackPanel;
class GoalsPanel;
class PlanSession;
class ReadinessPanel;
class SkillMatrixPanel;
class StoriesPanel;

// Skills for the next promotion: readiness and gaps, goals with check-ins, the STAR
// story bank, the feedback received beside it, and what each level expects.
class SkillsPage final : public QTabWidget
{
    Q_OBJECT

public:
    explicit SkillsPage(PlanSession *session, QWidget *parent = nullptr);

    ReadinessPanel *readiness() const { return m_readiness; }
    GoalsPanel *goals() const { return m_goals; }
    StoriesPanel *stories() const { return m_stories; }
    FeedbackPanel *feedback() const { return m_feedback; }

private:
    ReadinessPanel *m_readiness;
    GoalsPanel *m_goals;
    StoriesPanel *m_stories;
    FeedbackPanel *m_feedback;
    SkillMatrixPanel *m_matrix;
};

} // namespace careerplanner
