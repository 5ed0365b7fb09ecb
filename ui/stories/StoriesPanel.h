#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace careerplanner {

class CoverageModel;
class FilteredRecordList;
class PlanSession;
class StoryModel;

// The STAR story bank: search and a principle or skill filter over the stories, and how
// many stories cover each Leadership Principle, the thin ones highlighted.
class StoriesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StoriesPanel(PlanSession *session, QWidget *parent = nullptr);

    // The panel's main action, also in the window's Plan menu.
    void addStory();

private:
    void updateSummary();
    void showCurrentStory();
    void editStory();
    void removeStory();

    PlanSession *m_session;
    StoryModel *m_model;
    CoverageModel *m_coverage;
    FilteredRecordList *m_list;
    QTableView *m_coverageTable;
    QLabel *m_summary;
    QTextBrowser *m_details;
};

} // namespace careerplanner
