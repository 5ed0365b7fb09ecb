#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace careerplanner {

class CoverageModel;
class PlanSession;
class StoryModel;
class TextTagFilterModel;

// The STAR story bank: search and a principle or skill filter over the stories, and how
// many stories cover each Leadership Principle, the thin ones highlighted.
class StoriesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StoriesPanel(PlanSession *session, QWidget *parent = nullptr);

private:
    int currentStory() const; // index into the session's stories, or -1
    void fillTagFilter();
    void updateSummary();
    void showCurrentStory();
    void addStory();
    void editStory();
    void removeStory();

    PlanSession *m_session;
    StoryModel *m_model;
    TextTagFilterModel *m_filter;
    CoverageModel *m_coverage;
    QLineEdit *m_search;
    QComboBox *m_tagFilter;
    QTableView *m_table;
    QTableView *m_coverageTable;
    QLabel *m_summary;
    QTextBrowser *m_details;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace careerplanner
