#pragma once

#include <QTabWidget>

namespace careerplanner {

class PlanSession;
class PracticePanel;
class QuestionsPanel;
class WritingPanel;

// Getting ready for interviews: timed practice with readiness for a loop, the question
// bank, and drafts of the writing assessment.
class InterviewPrepPage final : public QTabWidget
{
    Q_OBJECT

public:
    explicit InterviewPrepPage(PlanSession *session, QWidget *parent = nullptr);

    PracticePanel *practice() const { return m_practice; }
    QuestionsPanel *questions() const { return m_questions; }
    WritingPanel *writing() const { return m_writing; }

private:
    PracticePanel *m_practice;
    QuestionsPanel *m_questions;
    WritingPanel *m_writing;
};

} // namespace careerplanner
