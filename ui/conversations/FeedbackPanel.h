#pragma once

#include <QWidget>

namespace careerplanner {

class FeedbackModel;
class FilteredRecordList;
class PlanSession;

// The feedback received, beside the story bank: search and a principle or skill filter over
// the quotes, to add, edit and remove them. The promotion case cites them as evidence.
class FeedbackPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackPanel(PlanSession *session, QWidget *parent = nullptr);

    void addFeedback(); // the panel's main action, also in the window's Plan menu

private:
    void editFeedback();
    void removeFeedback();

    PlanSession *m_session;
    FeedbackModel *m_model;
    FilteredRecordList *m_list;
};

} // namespace careerplanner
