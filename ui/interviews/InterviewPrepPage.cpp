#include "ui/interviews/InterviewPrepPage.h"

#include "ui/interviews/PracticePanel.h"
#include "ui/interviews/QuestionsPanel.h"
#include "ui/interviews/WritingPanel.h"

namespace careerplanner {

InterviewPrepPage::InterviewPrepPage(PlanSession *session, QWidget *parent)
    : QTabWidget(parent)
    , m_practice(new PracticePanel(session, this))
    , m_questions(new QuestionsPanel(session, this))
    , m_writing(new WritingPanel(session, this))
{
    setObjectName(QStringLiteral("interviewTabs"));
    setDocumentMode(true);
    addTab(m_practice, tr("Practice && readiness"));
    addTab(m_questions, tr("Question bank"));
    addTab(m_writing, tr("Writing exercise"));
    connect(m_questions, &QuestionsPanel::practiseRequested, this, [this](qint64 question) {
        setCurrentWidget(m_practice);
        m_practice->practise({ question });
    });
}

} // namespace careerplanner
