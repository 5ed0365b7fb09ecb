#pragma once

#include <QWidget>

class QTextBrowser;

namespace careerplanner {

class FilteredRecordList;
class PlanSession;
class QuestionModel;

// The question bank: a search and filters by principle or skill, stage, kind and ladder;
// adding, editing and removing questions; a question's source and practice history.
class QuestionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionsPanel(PlanSession *session, QWidget *parent = nullptr);

    void addQuestion();
    FilteredRecordList *list() const { return m_list; }

Q_SIGNALS:
    void practiseRequested(qint64 questionId); // "Practise This" on the chosen question

private:
    QStringList ladderNames() const;
    void showCurrentQuestion();
    void editQuestion();
    void removeQuestion();

    PlanSession *m_session;
    QuestionModel *m_model;
    FilteredRecordList *m_list;
    QTextBrowser *m_details;
};

} // namespace careerplanner
